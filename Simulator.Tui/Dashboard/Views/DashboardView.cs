using Spectre.Console.Rendering;

namespace Simulator.Tui.Dashboard.Views;

/// <summary>The whole screen as a pure function of the state and the size: exactly <c>height</c> lines, none wider than <c>width</c>.</summary>
internal static class DashboardView
{
    public static IRenderable Render(DashboardState state, int width, int height) => Draw(state, width, height).View;

    /// <summary>The screen, and the first row each list shows on it: the state remembers them so the next frame scrolls from there.</summary>
    public static (IRenderable View, ListTops Shown) Draw(DashboardState state, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!DashboardLayout.Fits(width, height))
        {
            return (TooSmallView.Render(state, width, height), state.Tops);
        }

        var layout = DashboardLayout.For(state.World.Simulation.Vaults.Count, ItemQuery.Items(state).Count, height);
        if (state is { Status: { } status, Overlay: null })
        {
            // A refusal is read whole: the log strip shows it under its title line.
            layout = layout.WithLogLines(1 + StatusLines.Of(status, width, int.MaxValue).Count);
        }

        var frame = new Frame(width) { Shown = state.Tops };
        HeaderView.Add(frame, state);

        // The footer fills its two lines only when it has keys for both; the log takes the line it leaves.
        var footer = FooterView.Lines(frame, state, layout.FooterLines);

        // The event log takes every line between the header and the footer, the strip's too: it shows what the strip
        // shows and more. Its help is drawn as every other screen's is.
        if (state is { ShowLog: true, Overlay: not HelpOverlay })
        {
            var lines = height - 1 - footer.Count;
            frame.Section(lines, () => EventLogView.Add(frame, state, lines));
            foreach (var line in footer)
            {
                frame.Add(line);
            }

            return (frame.Build(), frame.Shown);
        }

        frame.Section(layout.BodyLines, () => AddBody(frame, state, layout));
        var logLines = layout.LogLines + layout.FooterLines - footer.Count;
        frame.Section(logLines, () => LogView.Add(frame, state, logLines));
        foreach (var line in footer)
        {
            frame.Add(line);
        }

        return (frame.Build(), frame.Shown);
    }

    private static void AddBody(Frame frame, DashboardState state, DashboardLayout layout)
    {
        switch (state)
        {
            case { Overlay: HelpOverlay help }:
                HelpView.Add(frame, state, help, layout.BodyLines);
                return;
            case { OpenItem: not null }:
                DetailView.Add(frame, state, layout.BodyLines);
                return;
        }

        frame.Section(layout.VaultRows + 2, () => VaultsView.Add(frame, state, layout.VaultRows));
        frame.Section(layout.ItemRows + 2, () => ItemsView.Add(frame, state, layout.ItemRows));
        var jobLines = layout.JobRows + 2;
        if (state.Overlay is MenuOverlay or PromptOverlay)
        {
            // The question takes the lines it needs, and the jobs keep the rest where a few rows fit: taking the whole
            // pane, the confirmation of a cancel hid the very job it named, over rows left empty.
            var wanted = OverlayView.Wanted(state, frame.Width);
            var rest = jobLines - wanted - 2;
            if (rest < MinJobRowsBesideAQuestion)
            {
                frame.Section(jobLines, () => OverlayView.Add(frame, state, jobLines));
                return;
            }

            frame.Section(wanted, () => OverlayView.Add(frame, state, wanted));
            jobLines -= wanted;
        }

        var rows = jobLines - 2;
        frame.Section(jobLines, () =>
        {
            if (state.ShowTimeline)
            {
                TimelineView.Add(frame, state, rows);
            }
            else
            {
                JobsView.Add(frame, state, rows);
            }
        });
    }

    // Fewer would leave a single row, or only the line that says more are below.
    private const int MinJobRowsBesideAQuestion = 3;
}
