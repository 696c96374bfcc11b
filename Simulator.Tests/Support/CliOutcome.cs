namespace Simulator.Tests.Support;

/// <summary>A command's exit code and what it wrote.</summary>
internal sealed record CliOutcome(int ExitCode, string Out, string Error);
