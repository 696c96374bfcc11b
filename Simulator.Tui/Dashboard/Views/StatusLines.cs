namespace Simulator.Tui.Dashboard.Views;

/// <summary>A status (a refusal, an action done, a note) at the log's head, in the log strip and the full event log alike: marked ✗, ✓ or ·, wrapped rather than cut.</summary>
internal static class StatusLines
{
    /// <summary>The status's text on at most <paramref name="maxLines"/> lines, leaving room for its mark.</summary>
    public static IReadOnlyList<string> Of(StatusMessage status, int width, int maxLines) =>
        [.. TextWrap.Lines(status.Text, width - 2, maxLines)];

    /// <summary>Adds <paramref name="lines"/> (<see cref="Of"/>), the first marked, in the status's colour.</summary>
    public static void Add(Frame frame, StatusMessage status, IReadOnlyList<string> lines)
    {
        var (mark, style) = status switch
        {
            { IsError: true } => ("✗ ", Palette.Bad),
            { IsNote: true } => ("· ", Palette.Dim),
            _ => ("✓ ", Palette.Good),
        };
        for (var i = 0; i < lines.Count; i++)
        {
            frame.Add(frame.NewLine().Add(i == 0 ? mark : "  ", style).Add(lines[i], style));
        }
    }
}
