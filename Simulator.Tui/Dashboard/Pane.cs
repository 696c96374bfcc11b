namespace Simulator.Tui.Dashboard;

/// <summary>The panes of the main screen that Tab moves between, top to bottom.</summary>
internal enum Pane
{
    Vaults,
    Items,
    Jobs,
}

/// <summary>The order Tab and Shift+Tab (or ←) move the focus in, round from the last pane to the first.</summary>
internal static class PaneOrder
{
    private const int Count = 3;

    public static Pane Next(this Pane pane) => (Pane)(((int)pane + 1) % Count);

    public static Pane Previous(this Pane pane) => (Pane)(((int)pane + Count - 1) % Count);
}
