using Simulator.Tui.Dashboard.Input;
using Spectre.Console;

namespace Simulator.Tui.Dashboard.Views;

/// <summary>The bottom line: the keys that work here, from the key map, as many as fit; help and quit always.</summary>
internal static class FooterView
{
    private static readonly CommandKind[] Movement =
        [CommandKind.Up, CommandKind.Down, CommandKind.PageUp, CommandKind.PageDown, CommandKind.Top, CommandKind.Bottom, CommandKind.PreviousPane, CommandKind.Slower];

    public static void Add(Frame frame, DashboardState state)
    {
        var bindings = KeyHelp.Bindings(state).Where(b => !Movement.Contains(b.Command)).ToList();
        if (state.Mode == InputMode.Confirm)
        {
            // A confirmation's two answers, each with both its keys, yes first, as its prompt says them (the key
            // catalogue lists 'n' early, for the next event).
            bindings = [.. bindings.OrderBy(b => b.Command == CommandKind.Back)];
        }

        else if (state.Mode == InputMode.Detail)
        {
            // An item's detail offers its own actions first; "+ Backup" acts on its vault, and comes after them if it fits.
            bindings = [.. bindings.OrderBy(b => b.Command == CommandKind.ConfigureProtection)];
        }

        var last = bindings.Where(b => b.Command is CommandKind.Help or CommandKind.Quit).ToList();
        var line = frame.NewLine();
        var reserved = last.Sum(b => Width(b) + 1);
        foreach (var binding in bindings.Except(last))
        {
            if (Width(binding) + 1 > line.Remaining - reserved)
            {
                break;
            }

            AddBinding(line, binding);
        }

        last.ForEach(binding => AddBinding(line, binding));
        frame.Add(line);
    }

    /// <summary>Only the first key of each command: the footer is a reminder, help lists them all.</summary>
    /// <remarks>An answer or a way back with a named key and a letter shows both: "Enter/y" and "Esc/n" of a confirmation, "Esc/?" of help.</remarks>
    private static string FirstKey((IReadOnlyList<string> Keys, CommandKind Command) binding) => binding.Command switch
    {
        CommandKind.Faster => "+/-",
        CommandKind.Accept or CommandKind.Back when binding.Keys.Count == 2 && binding.Keys.Any(k => k.Length == 1) =>
            string.Join('/', binding.Keys.OrderByDescending(k => k.Length > 1)),
        _ => binding.Keys[0],
    };

    private static string Word(CommandKind command) => command == CommandKind.Faster ? "speed" : KeyHelp.Short(command);

    private static int Width((IReadOnlyList<string> Keys, CommandKind Command) binding) => FirstKey(binding).Length + 1 + Word(binding.Command).Length + 1;

    private static void AddBinding(Line line, (IReadOnlyList<string> Keys, CommandKind Command) binding) =>
        line.Add(FirstKey(binding), Palette.Key).Add(" ").Add(Word(binding.Command), Style.Plain).Add(" ");
}
