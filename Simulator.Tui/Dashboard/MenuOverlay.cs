namespace Simulator.Tui.Dashboard;

/// <summary>A choice between variants of an action (how to stop protection, which policy).</summary>
internal sealed record MenuOverlay(string Title, IReadOnlyList<MenuChoice> Choices, int Cursor = 0) : Overlay
{
    public MenuChoice Selected => Choices[Cursor];
}
