using System.Text;

namespace Simulator.Tui.Cli;

/// <summary>Standard error, whose failure to take a message drops the message and nothing else.</summary>
/// <remarks>
/// Standard error is where every failure is said, so there is nowhere left to say that it failed: on a full disk
/// (<c>2&gt;/dev/full</c>) or closed, a refusal's message threw past the exit code it was written for, and the process
/// aborted with a stack trace and 134 instead of exiting 2. The exit code is what is left to tell it, and it still does.
/// </remarks>
internal sealed class BestEffortError(TextWriter inner) : TextWriter(inner.FormatProvider)
{
    public override Encoding Encoding => inner.Encoding;

    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string NewLine
    {
        get => inner.NewLine;
        set => inner.NewLine = value;
    }

    public override void Write(char value) => Try(() => inner.Write(value));

    public override void Write(string? value) => Try(() => inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Try(() => inner.Write(buffer, index, count));

    public override void WriteLine(string? value) => Try(() => inner.WriteLine(value));

    public override void Flush() => Try(inner.Flush);

    private static void Try(Action write)
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
