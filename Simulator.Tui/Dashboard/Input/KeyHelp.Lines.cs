namespace Simulator.Tui.Dashboard.Input;

/// <summary>Help's lines: a key with what it does, and a key that does the opposite of another on that other's line.</summary>
internal static partial class KeyHelp
{
    /// <summary>Commands help tells on one line, the first's keys and the second's side by side: "↑/↓ k/j", "+/-".</summary>
    /// <remarks>
    /// Each on a line of its own, they took the room that made help scroll at 80×24 once L joined it; the footer
    /// already offers + and - as one key. Tab and Shift+Tab stay apart: "Tab/Shift+Tab →/← l/h" would push every
    /// description along.
    /// </remarks>
    private static readonly (CommandKind First, CommandKind Second)[] Opposites =
    [
        (CommandKind.Faster, CommandKind.Slower),
        (CommandKind.Up, CommandKind.Down),
        (CommandKind.PageUp, CommandKind.PageDown),
        (CommandKind.Top, CommandKind.Bottom),
    ];

    /// <summary>Help's lines for <paramref name="bindings"/> on the screen <paramref name="under"/>: each key's labels and what it does.</summary>
    /// <remarks>Two opposite commands share a line where both work and have as many keys, each key beside its opposite.</remarks>
    public static IReadOnlyList<(string Keys, string Text)> Lines(IReadOnlyList<(IReadOnlyList<string> Keys, CommandKind Command)> bindings, InputMode under)
    {
        ArgumentNullException.ThrowIfNull(bindings);
        var lines = new List<(string, string)>(bindings.Count);
        foreach (var (keys, command) in bindings)
        {
            var pair = Opposites.Where(p => p.First == command || p.Second == command).Select(p => ((CommandKind, CommandKind)?)p).FirstOrDefault();
            if (pair is (var first, var second)
                && bindings.FirstOrDefault(b => b.Command == first).Keys is { } firstKeys
                && bindings.FirstOrDefault(b => b.Command == second).Keys is { } secondKeys
                && firstKeys.Count == secondKeys.Count)
            {
                if (command == first)
                {
                    lines.Add((string.Join(" ", firstKeys.Zip(secondKeys, (a, b) => $"{a}/{b}")), DescribeBoth(first, second, under)));
                }

                continue;
            }

            lines.Add((string.Join(" ", keys), Describe(command, under)));
        }

        return lines;
    }

    /// <summary>A sentence for two opposite commands' line, in the words <see cref="Describe"/> gives each.</summary>
    private static string DescribeBoth(CommandKind first, CommandKind second, InputMode under) => (first, under) switch
    {
        (CommandKind.Up, InputMode.Log) => "Scroll up/down",
        (CommandKind.PageUp, InputMode.Log) => "Scroll a page up/down",
        (CommandKind.Top, InputMode.Log) => "Oldest/newest; newest follows",
        (CommandKind.Faster, _) => "Faster/slower, 1× to 1 day/s",
        (CommandKind.Up, _) => "Move up/down",
        (CommandKind.PageUp, _) => "Move a page up/down",
        (CommandKind.Top, _) => "Move to the top/bottom",
        _ => $"{Describe(first, under)}/{Describe(second, under)}",
    };
}
