namespace Simulator.Tui.Dashboard;

/// <summary>The panes of the main screen that Tab moves between, top to bottom.</summary>
internal enum Pane
{
    Vaults,
    Items,
    Jobs,
}
