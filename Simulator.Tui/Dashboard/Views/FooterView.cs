using Simulator.Tui.Dashboard.Input;
using Spectre.Console;

namespace Simulator.Tui.Dashboard.Views;

/// <summary>The bottom of the screen: the keys that work here, from the key map, the most needed first, as many as fit; help and quit always.</summary>
/// <remarks>
/// The keys of what has the focus (a pane, an item's detail, a menu or a prompt) come first. Given two lines, they have
/// the upper one to themselves and the clock and moving around keep the lower one, which then stays put as the focus
/// moves; on one line the two share it by <see cref="Importance"/>. A line is never left blank: when the focus offers
/// no key (a vault with nothing to protect) or only its own (a menu, a prompt, help), the footer takes one line and
/// the log above it the other. Where a line is short, the least needed keys are dropped first; help lists them all.
/// An action the core would refuse whatever is chosen is not offered (see <see cref="ActionRefusals"/>), so the item
/// actions follow the item under the cursor.
/// </remarks>
internal static partial class FooterView
{
    /// <summary>The footer's lines, not yet added to <paramref name="frame"/>: two of <paramref name="available"/> when
    /// the focus's keys and the others each have one to fill, else one.</summary>
    public static IReadOnlyList<Line> Lines(Frame frame, DashboardState state, int available)
    {
        var offered = KeyHelp.Bindings(state).Where(b => Offered(state, b.Command)).Select(b => new Hint(b, state)).ToList();
        var last = offered.Where(h => h.Command is CommandKind.Help or CommandKind.Quit).ToList();
        var here = Here(state).SelectMany(command => offered.Where(h => h.Command == command)).ToList();
        var everywhere = offered.Except(here).Except(last).OrderBy(h => Rank(h.Command)).ToList();
        var room = frame.Width - WidthOf(last) - 1;
        if (available >= 2 && here.Count > 0 && everywhere.Count > 0)
        {
            return [Draw(frame, FirstThatFit(here, frame.Width)), Draw(frame, [.. FirstThatFit(everywhere, room), .. last])];
        }

        // On one line the focus's keys and the others share it by need, beside help and quit.
        var chosen = FirstThatFit(Importance(here, everywhere), room);
        return [Draw(frame, [.. here.Where(chosen.Contains), .. everywhere.Where(chosen.Contains), .. last])];
    }

    /// <summary>The longest run of <paramref name="hints"/> from the first that fits in <paramref name="width"/> columns.</summary>
    /// <remarks>It stops at the first that does not fit: a shorter, less needed key never takes the place of a longer, more needed one.</remarks>
    private static List<Hint> FirstThatFit(IEnumerable<Hint> hints, int width)
    {
        var taken = new List<Hint>();
        var used = -1;
        foreach (var hint in hints)
        {
            if (used + 1 + hint.Width > width)
            {
                break;
            }

            used += 1 + hint.Width;
            taken.Add(hint);
        }

        return taken;
    }

    private static int WidthOf(IReadOnlyCollection<Hint> hints) => hints.Sum(h => h.Width) + Math.Max(0, hints.Count - 1);

    private static Line Draw(Frame frame, IEnumerable<Hint> hints)
    {
        var line = frame.NewLine();
        var separator = string.Empty;
        foreach (var hint in hints)
        {
            line.Add(separator).Add(hint.Keys, Palette.Key).Add(" ").Add(hint.Word, Style.Plain);
            separator = " ";
        }

        return line;
    }

    /// <summary>A command as the footer offers it: its keys, then a word.</summary>
    private sealed record Hint(CommandKind Command, string Keys, string Word)
    {
        public Hint((IReadOnlyList<string> Keys, CommandKind Command) binding, DashboardState state)
            : this(binding.Command, KeysOf(binding), KeyHelp.Short(binding.Command, state))
        {
        }

        public int Width => Keys.Length + 1 + Word.Length;

        /// <summary>Only the first key of each command: the footer is a reminder, help lists them all.</summary>
        /// <remarks>An answer or a way back with a named key and a letter shows both: "Enter/y" and "Esc/n" of a confirmation, "Esc/?" of help.</remarks>
        private static string KeysOf((IReadOnlyList<string> Keys, CommandKind Command) binding) => binding.Command switch
        {
            CommandKind.Faster => "+/-",
            CommandKind.Accept or CommandKind.Back when binding.Keys.Count == 2 && binding.Keys.Any(k => k.Length == 1) =>
                string.Join('/', binding.Keys.OrderByDescending(k => k.Length > 1)),
            _ => binding.Keys[0],
        };
    }
}
