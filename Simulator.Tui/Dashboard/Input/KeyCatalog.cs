namespace Simulator.Tui.Dashboard.Input;

/// <summary>Every key the dashboard may bind, with the label help and the footer show for it, in the order help lists them.</summary>
/// <remarks>Only keys are listed here; what each does in a mode comes from <see cref="KeyMap"/>, its words from <see cref="KeyHelp"/>.</remarks>
internal static class KeyCatalog
{
    public static readonly IReadOnlyList<(string Label, ConsoleKeyInfo Key)> Keys =
    [
        ("space", Char(' ', ConsoleKey.Spacebar)),
        ("+", Char('+')),
        ("-", Char('-')),
        ("n", Char('n')),
        ("g", Char('g')),
        ("Tab", Char('\t', ConsoleKey.Tab)),
        ("→", Special(ConsoleKey.RightArrow)),
        ("l", Char('l')),
        ("Shift+Tab", new ConsoleKeyInfo('\t', ConsoleKey.Tab, shift: true, alt: false, control: false)),
        ("Enter", Char('\r', ConsoleKey.Enter)),
        ("Esc", Char('\u001b', ConsoleKey.Escape)),
        ("←", Special(ConsoleKey.LeftArrow)),
        ("h", Char('h')),
        ("/", Char('/')),
        ("f", Char('f')),
        ("o", Char('o')),
        ("t", Char('t')),
        ("L", Char('L', ConsoleKey.L, shift: true)),
        ("e", Char('e')),
        ("b", Char('b')),
        ("s", Char('s')),
        ("r", Char('r')),
        ("p", Char('p')),
        ("D", Char('D', ConsoleKey.D, shift: true)),
        ("u", Char('u')),
        ("X", Char('X', ConsoleKey.X, shift: true)),
        ("v", Char('v')),
        ("a", Char('a')),
        ("c", Char('c')),
        ("↑", Special(ConsoleKey.UpArrow)),
        ("k", Char('k')),
        ("↓", Special(ConsoleKey.DownArrow)),
        ("j", Char('j')),
        ("PgUp", Special(ConsoleKey.PageUp)),
        ("PgDn", Special(ConsoleKey.PageDown)),
        ("Home", Special(ConsoleKey.Home)),
        ("End", Special(ConsoleKey.End)),
        ("y", Char('y')),
        ("Bksp", Char('\b', ConsoleKey.Backspace)),
        ("?", Char('?')),
        ("q", Char('q')),
        ("Ctrl+C", new ConsoleKeyInfo('\u0003', ConsoleKey.C, shift: false, alt: false, control: true)),
        ("Ctrl+Z", new ConsoleKeyInfo('\u001a', ConsoleKey.Z, shift: false, alt: false, control: true)),
    ];

    /// <summary>The key a character produces on a terminal, as <see cref="Console.ReadKey(bool)"/> reports it.</summary>
    public static ConsoleKeyInfo Char(char c, ConsoleKey? key = null, bool shift = false)
    {
        var consoleKey = key ?? (char.IsAsciiLetter(c) ? ConsoleKey.A + (char.ToUpperInvariant(c) - 'A') : 0);
        return new ConsoleKeyInfo(c, consoleKey, shift, alt: false, control: false);
    }

    public static ConsoleKeyInfo Special(ConsoleKey key) => new('\0', key, shift: false, alt: false, control: false);

    /// <summary>A key as a sentence names it: a character quoted ('z'), another key by its label here (Enter, ←, Bksp) or by its name (F5, Ctrl+A).</summary>
    public static string Name(ConsoleKeyInfo key)
    {
        if (key.KeyChar != '\0' && !char.IsControl(key.KeyChar))
        {
            return $"'{key.KeyChar}'";
        }

        var known = key.Key == 0 ? null : Keys.FirstOrDefault(k => k.Key.Key == key.Key && k.Key.Modifiers == key.Modifiers).Label;
        var modifiers = (key.Modifiers.HasFlag(ConsoleModifiers.Control) ? "Ctrl+" : string.Empty)
            + (key.Modifiers.HasFlag(ConsoleModifiers.Alt) ? "Alt+" : string.Empty)
            + (key.Modifiers.HasFlag(ConsoleModifiers.Shift) ? "Shift+" : string.Empty);
        return known ?? modifiers + key.Key;
    }
}
