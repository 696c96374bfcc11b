namespace Simulator.Tui.Cli;

/// <summary>Standard output could not take what a command wrote; <see cref="Exception.InnerException"/> is the system's failure.</summary>
/// <remarks>Not an <see cref="IOException"/> itself, so that no command's handling of its own files' failures takes it for theirs.</remarks>
public sealed class OutputFailedException(IOException failure) : Exception("Standard output could not be written.", failure)
{
    /// <summary>The system's failure, whose error number tells the cause.</summary>
    public IOException Failure { get; } = failure;
}
