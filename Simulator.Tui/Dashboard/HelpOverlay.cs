namespace Simulator.Tui.Dashboard;

/// <summary>The key help, built from the key map of the screen it was opened on.</summary>
/// <param name="Under">The mode whose keys it lists.</param>
internal sealed record HelpOverlay(Input.InputMode Under) : Overlay
{
    /// <summary>How help closes: its title says it, and so does a key it does not take.</summary>
    public const string Closing = "Esc or ? closes";

    /// <summary>How help scrolls where the window can't show every key: its last line says it, and so does a key it does not take.</summary>
    public const string ScrollKeys = "↑/↓ PgUp/PgDn Home/End scroll";
}
