namespace Simulator.Tui.Cli;

/// <summary>Input a command can't use; its message names the file, line and field where it can.</summary>
public sealed class CliInputException(string message) : Exception(message);
