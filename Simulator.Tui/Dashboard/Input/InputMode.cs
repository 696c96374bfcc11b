namespace Simulator.Tui.Dashboard.Input;

/// <summary>What the keys act on at the moment; the key map has one set of keys per mode.</summary>
internal enum InputMode
{
    Main,
    Detail,
    Help,
    Menu,
    Confirm,
    TextPrompt,
}
