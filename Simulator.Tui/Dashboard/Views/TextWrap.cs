using System.Text;

namespace Simulator.Tui.Dashboard.Views;

/// <summary>Text that does not fit one line of a pane, on a few.</summary>
internal static class TextWrap
{
    /// <summary>Words on lines of at most <paramref name="width"/> characters, the last line cut if there are more.</summary>
    public static IEnumerable<string> Lines(string text, int width, int maxLines)
    {
        var line = new StringBuilder();
        var count = 0;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width && count < maxLines - 1)
            {
                yield return line.ToString();
                count++;
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        if (line.Length > 0 && maxLines > 0)
        {
            yield return line.ToString();
        }
    }
}
