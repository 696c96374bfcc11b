namespace Simulator.Tui.Dashboard.Input;

/// <summary>A command from the key map; <paramref name="Char"/> is the character of a <see cref="CommandKind.Type"/> or <see cref="CommandKind.Unbound"/>.</summary>
internal readonly record struct DashboardCommand(CommandKind Kind, char Char = '\0')
{
    public static implicit operator DashboardCommand(CommandKind kind) => new(kind);
}
