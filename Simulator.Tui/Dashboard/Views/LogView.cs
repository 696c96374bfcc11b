using Simulator.Core.Journal;

namespace Simulator.Tui.Dashboard.Views;

/// <summary>The strip above the footer: the outcome of the last action or the latest narration, then the newest events.</summary>
internal static class LogView
{
    public static void Add(Frame frame, DashboardState state, int lines)
    {
        var log = state.World.Log;
        // A step waiting for a happening waits silently, and a person's action can make it never come.
        var waiting = state.World.Session.NextStepWaitsFor is { } awaited ? $" · script waits for {awaited}" : string.Empty;
        frame.Title($"Narration and events (UTC){waiting}", focused: false);
        if (state.Status is { } status)
        {
            frame.Add(frame.NewLine().Add(status.IsError ? "✗ " : "✓ ", status.IsError ? Palette.Bad : Palette.Good).Add(status.Text, status.IsError ? Palette.Bad : Palette.Good));
        }
        else
        {
            frame.Add(frame.NewLine().Add("» ", Palette.Narration).Add(state.World.LastNarration?.Text ?? "(no narration yet)", Palette.Narration));
        }

        var count = lines - 2;
        foreach (var e in log.Events.Skip(Math.Max(0, log.Events.Count - count)))
        {
            frame.Add(JournalFormatter.Format(e), e is Narration ? Palette.Narration : Palette.Dim);
        }
    }
}
