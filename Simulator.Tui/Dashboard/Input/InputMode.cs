namespace Simulator.Tui.Dashboard.Input;

/// <summary>What the keys act on at the moment; the key map has one set of keys per mode.</summary>
internal enum InputMode
{
    Main,
    Detail,

    /// <summary>The full-screen event log, opened over the main screen or an item's detail.</summary>
    Log,
    Help,
    Menu,
    Confirm,
    TextPrompt,
}
