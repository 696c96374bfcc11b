namespace Simulator.Tui.Dashboard;

/// <summary>One line of a menu and the action it leads to.</summary>
internal sealed record MenuChoice(string Label, PendingAction Action);
