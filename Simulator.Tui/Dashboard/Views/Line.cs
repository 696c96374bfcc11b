using System.Globalization;
using System.Text;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Simulator.Tui.Dashboard.Views;

/// <summary>Builds one screen line that never exceeds its width, so every view knows exactly how many lines it takes.</summary>
/// <remarks>
/// A line longer than the width would wrap and push the rest of the frame down; here it is cut with an ellipsis. Widths
/// are terminal cells, not characters: a CJK character or an emoji takes two, so a filter or a narration written in
/// them would otherwise overflow its line.
/// </remarks>
internal sealed class Line
{
    private readonly Paragraph _paragraph = new();
    private readonly int _width;
    private int _used;

    public Line(int width)
    {
        _width = width;
    }

    public int Remaining => _width - _used;

    /// <summary>Appends text, cut to the room left.</summary>
    public Line Add(string text, Style? style = null)
    {
        if (Remaining <= 0 || text.Length == 0)
        {
            return this;
        }

        var fitted = Fit(text, Remaining);
        _paragraph.Append(fitted, style ?? Style.Plain);
        _used += fitted.GetCellWidth();
        return this;
    }

    /// <summary>Appends a cell padded or cut to <paramref name="width"/>, then a space; nothing for a dropped column.</summary>
    public Line Cell(string text, int width, Style? style = null, bool alignRight = false)
    {
        if (width <= 0)
        {
            return this;
        }

        var fitted = Fit(text, width);
        var padding = new string(' ', width - fitted.GetCellWidth());
        Add(alignRight ? padding + fitted : fitted + padding, style);
        return Add(" ");
    }

    /// <summary>Appends a name (an item's, a vault's) as a cell, cut in the middle where the column is too narrow (<see cref="MiddleCut"/>).</summary>
    public Line NameCell(string name, int width, Style? style = null) => Cell(MiddleCut.Fit(name, width), width, style);

    public IRenderable Build() => _used == 0 ? new Paragraph(" ") : _paragraph;

    /// <summary>The text in at most <paramref name="width"/> cells, cut with an ellipsis; a character is never split.</summary>
    public static string Fit(string text, int width)
    {
        if (text.GetCellWidth() <= width)
        {
            return text;
        }

        var room = Math.Max(0, width <= 1 ? width : width - 1);
        var kept = new StringBuilder();
        var used = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext() && elements.GetTextElement() is var element && used + element.GetCellWidth() <= room)
        {
            kept.Append(element);
            used += element.GetCellWidth();
        }

        // A wide character that doesn't fit whole leaves its cell blank, so the line keeps its width.
        return kept.Append(' ', room - used).Append(width <= 1 ? string.Empty : "…").ToString();
    }
}
