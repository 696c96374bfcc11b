namespace Simulator.Tui.Dashboard.Input;

/// <summary>A command from the key map.</summary>
/// <param name="Kind">What the key does.</param>
/// <param name="Char">The character a <see cref="CommandKind.Type"/> adds to the input.</param>
/// <param name="Key">The key pressed, for an <see cref="CommandKind.Unbound"/> one: the controller names it and asks the key map where it would work.</param>
internal readonly record struct DashboardCommand(CommandKind Kind, char Char = '\0', ConsoleKeyInfo Key = default)
{
    public static implicit operator DashboardCommand(CommandKind kind) => new(kind);

    public static DashboardCommand Unbound(ConsoleKeyInfo key) => new(CommandKind.Unbound, Key: key);
}
