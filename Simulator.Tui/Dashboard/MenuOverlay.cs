namespace Simulator.Tui.Dashboard;

/// <summary>A choice between variants of an action (how to stop protection, which policy).</summary>
internal sealed record MenuOverlay(string Title, IReadOnlyList<MenuChoice> Choices, int Cursor = 0) : Overlay
{
    /// <summary>How to answer a menu: the line under its title, and what a key it does not take says.</summary>
    public const string Hint = "↑/↓ PgUp/PgDn Home/End choose · Enter confirms the choice · Esc cancels";

    public MenuChoice Selected => Choices[Cursor];
}
