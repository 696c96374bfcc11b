namespace Simulator.Tui.Dashboard;

/// <summary>Something shown over the screen that takes the keys until it is closed: help, a menu, a prompt.</summary>
internal abstract record Overlay;
