namespace Simulator.Tui.Cli;

/// <summary>Standard error, whose failure to take a message drops the message and nothing else.</summary>
/// <remarks>
/// Standard error is where every failure is said, so there is nowhere left to say that it failed: on a full disk
/// (<c>2&gt;/dev/full</c>) or closed, a refusal's message threw past the exit code it was written for, and the process
/// aborted with a stack trace and 134 instead of exiting 2. The exit code is what is left to tell it, and it still does.
/// </remarks>
internal sealed class BestEffortError(TextWriter inner) : GuardedWriter(inner)
{
    protected override void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Dropped: see the remarks.
        }
    }
}
