namespace Simulator.Tui.Dashboard;

/// <summary>A choice between variants of an action (how to stop protection, which policy).</summary>
internal sealed record MenuOverlay(string Title, IReadOnlyList<MenuChoice> Choices, int Cursor = 0) : Overlay
{
    /// <summary>How to answer a menu: the line under its title, and what a key it does not take says.</summary>
    public const string Hint = "↑/↓ PgUp/PgDn Home/End choose · Enter confirms the choice · Esc cancels";

    /// <summary>The hint on a window too narrow for <see cref="Hint"/>: every key still named, on one line of 60 columns, the narrowest window.</summary>
    /// <remarks>Wrapped, it would take the line of a choice, and a menu on a 60x18 window has one or two.</remarks>
    public const string NarrowHint = "↑/↓ PgUp/PgDn Home/End move · Enter confirms · Esc cancels";

    public MenuChoice Selected => Choices[Cursor];
}
