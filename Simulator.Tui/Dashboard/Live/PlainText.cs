using System.Text;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Simulator.Tui.Dashboard.Live;

/// <summary>Renders a renderable to plain text at a fixed size: no escape codes, no colour, trailing spaces trimmed.</summary>
/// <remarks>
/// Goes through the segments rather than <c>console.Write</c>, so nothing touches <see cref="System.Console"/> (the
/// legacy console backend resets its colours); the host terminal's size and CI variables play no part either.
/// </remarks>
internal static class PlainText
{
    public static string Render(IRenderable view, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(view);
        using var writer = new StringWriter();
        var console = OffscreenConsole.Create(writer, width, height, ansi: false);
        console.Profile.Capabilities.Unicode = true;

        var text = new StringBuilder();
        foreach (var segment in view.GetSegments(console))
        {
            if (!segment.IsControlCode)
            {
                text.Append(segment.IsLineBreak ? "\n" : segment.Text);
            }
        }

        // Rows end every line with a break, the last one too; a frame of N lines is N lines of text, no more.
        var lines = text.ToString().Split('\n').Select(line => line.TrimEnd(' ')).ToList();
        if (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return string.Join('\n', lines);
    }
}
