using System.Globalization;
using System.Text;
using Spectre.Console;

namespace Simulator.Tui.Dashboard.Views;

/// <summary>Text that does not fit one line of a pane, on a few.</summary>
internal static class TextWrap
{
    /// <summary>Words on lines of at most <paramref name="width"/> cells; on <paramref name="maxLines"/>, the last ends at a whole word, then "…", if more is left.</summary>
    /// <remarks>Cut where the line ended, a status or a narration read "another vaul…", a word that was not there. Only a
    /// word wider than a whole line is broken, on the lines left before the last.
    /// Measured in characters, a line of Chinese or Japanese words took twice its room, and the screen's edge cut its
    /// second half, the next line going on after it.</remarks>
    public static IEnumerable<string> Lines(string text, int width, int maxLines)
    {
        if (maxLines <= 0)
        {
            yield break;
        }

        var line = new StringBuilder();
        var used = 0;
        var count = 0;
        foreach (var whole in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = whole;
            var cells = word.GetCellWidth();
            if (line.Length > 0 && used + 1 + cells > width)
            {
                if (count == maxLines - 1)
                {
                    yield return EndedWithEllipsis(line.ToString(), width);
                    yield break;
                }

                yield return line.ToString();
                count++;
                line.Clear();
                used = 0;
            }

            // A word wider than a whole line (a vault's and an item's names joined by '/') is broken where the line
            // ends, as Hanging breaks it, while lines are left: left whole, the window's edge cut it ("…long-n…"), and
            // the sentence read as if it named another item.
            while (cells > width && count < maxLines - 1 && width > 0)
            {
                var (taken, left) = Split(word, width);
                if (taken.Length == 0)
                {
                    break;
                }

                yield return taken;
                count++;
                (word, cells) = (left, left.GetCellWidth());
            }

            used += (line.Length > 0 ? 1 : 0) + cells;
            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }

    /// <summary>The whole words of <paramref name="line"/> that leave room for " …" in <paramref name="width"/> cells, then it.</summary>
    /// <remarks>A first word too long for that is cut where the line ends: nothing shorter is left to show.</remarks>
    private static string EndedWithEllipsis(string line, int width)
    {
        const string Ellipsis = " …";
        var words = line.Split(' ');
        var kept = words.Length;
        while (kept > 1 && string.Join(' ', words[..kept]).GetCellWidth() + Ellipsis.GetCellWidth() > width)
        {
            kept--;
        }

        var head = string.Join(' ', words[..kept]);
        return head.GetCellWidth() + Ellipsis.GetCellWidth() <= width ? head + Ellipsis : Line.Fit(line, width);
    }

    /// <summary>
    /// <paramref name="head"/> then <paramref name="words"/> on lines of at most <paramref name="width"/> cells, those
    /// after the first starting at column <paramref name="indent"/>; on <paramref name="maxLines"/>, the last holds the
    /// rest, for the screen's edge to cut.
    /// </summary>
    /// <remarks>
    /// A word that doesn't fit the first line's room starts the next line, so the head may stand alone; one too long
    /// for any line (a long name) is broken where the line ends, so that every character is read.
    /// </remarks>
    public static IReadOnlyList<string> Hanging(string head, string words, int width, int indent, int maxLines)
    {
        var lines = new List<string>();
        var margin = new string(' ', indent);
        var line = new StringBuilder(head);
        var used = head.GetCellWidth();
        var bare = true;
        foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var rest = word;
            while (rest.Length > 0)
            {
                var room = width - used - (bare ? 0 : 1);
                var last = lines.Count >= maxLines - 1;
                if (last || rest.GetCellWidth() <= room)
                {
                    line.Append(bare ? string.Empty : " ").Append(rest);
                    used += (bare ? 0 : 1) + rest.GetCellWidth();
                    bare = false;
                    break;
                }

                // Only a word wider than a whole line is broken: any other waits for the next line.
                if (rest.GetCellWidth() > width - indent && room > 0)
                {
                    var (taken, left) = Split(rest, room);
                    line.Append(bare ? string.Empty : " ").Append(taken);
                    rest = left;
                }

                lines.Add(line.ToString().TrimEnd());
                line.Clear().Append(margin);
                used = indent;
                bare = true;
            }
        }

        lines.Add(line.ToString().TrimEnd());
        return lines;
    }

    /// <summary>The start of <paramref name="word"/> that fits <paramref name="cells"/>, and the rest; a character is never split.</summary>
    private static (string Taken, string Left) Split(string word, int cells)
    {
        var used = 0;
        var at = 0;
        var elements = StringInfo.GetTextElementEnumerator(word);
        while (elements.MoveNext() && used + elements.GetTextElement().GetCellWidth() <= cells)
        {
            used += elements.GetTextElement().GetCellWidth();
            at = elements.ElementIndex + elements.GetTextElement().Length;
        }

        return (word[..at], word[at..]);
    }
}
