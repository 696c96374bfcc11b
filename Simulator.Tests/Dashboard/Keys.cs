using Simulator.Tui.Dashboard;
using Simulator.Tui.Dashboard.Input;

namespace Simulator.Tests.Dashboard;

/// <summary>Scripted typing: keys as a terminal reports them, pushed through the key map and the controller.</summary>
internal static class Keys
{
    public static readonly ConsoleKeyInfo Enter = KeyCatalog.Char('\r', ConsoleKey.Enter);
    public static readonly ConsoleKeyInfo Escape = KeyCatalog.Char('\u001b', ConsoleKey.Escape);
    public static readonly ConsoleKeyInfo Tab = KeyCatalog.Char('\t', ConsoleKey.Tab);
    public static readonly ConsoleKeyInfo Down = KeyCatalog.Special(ConsoleKey.DownArrow);
    public static readonly ConsoleKeyInfo Up = KeyCatalog.Special(ConsoleKey.UpArrow);
    public static readonly ConsoleKeyInfo PageUp = KeyCatalog.Special(ConsoleKey.PageUp);
    public static readonly ConsoleKeyInfo PageDown = KeyCatalog.Special(ConsoleKey.PageDown);
    public static readonly ConsoleKeyInfo Home = KeyCatalog.Special(ConsoleKey.Home);
    public static readonly ConsoleKeyInfo Backspace = KeyCatalog.Char('\b', ConsoleKey.Backspace);
    public static readonly ConsoleKeyInfo CtrlC = new('\u0003', ConsoleKey.C, shift: false, alt: false, control: true);

    /// <summary>As the terminal reports it once the dashboard reads control keys as keys rather than signals.</summary>
    public static readonly ConsoleKeyInfo CtrlZ = new('\u001a', ConsoleKey.Z, shift: false, alt: false, control: true);

    /// <summary>Each character as typed (space included), so a test reads like what a person presses.</summary>
    public static IEnumerable<ConsoleKeyInfo> Text(string text) =>
        text.Select(c => c == ' ' ? KeyCatalog.Char(' ', ConsoleKey.Spacebar) : KeyCatalog.Char(c, shift: char.IsUpper(c)));

    public static DashboardState Press(this DashboardState state, params ConsoleKeyInfo[] keys)
    {
        foreach (var key in keys)
        {
            if (KeyMap.Map(state, key) is { } command)
            {
                state = DashboardController.Apply(state, command);
            }
        }

        return state;
    }

    public static DashboardState Type(this DashboardState state, string text) => state.Press([.. Text(text)]);

    /// <summary>Plays the clock until a management job asked just now has completed, as a person waits before the next key.</summary>
    /// <remarks>An item refuses every operation while one of its management jobs runs (30 seconds by default).</remarks>
    public static DashboardState WaitForOperation(this DashboardState state)
    {
        state.World.RunUntil(state.World.Simulation.Now + state.World.Simulation.Settings.OperationDuration);
        return state;
    }
}
