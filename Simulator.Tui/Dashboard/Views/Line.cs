using Spectre.Console;
using Spectre.Console.Rendering;

namespace Simulator.Tui.Dashboard.Views;

/// <summary>Builds one screen line that never exceeds its width, so every view knows exactly how many lines it takes.</summary>
/// <remarks>A line longer than the width would wrap and push the rest of the frame down; here it is cut with an ellipsis.</remarks>
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
        _used += fitted.Length;
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
        Add(alignRight ? fitted.PadLeft(width) : fitted.PadRight(width), style);
        return Add(" ");
    }

    public IRenderable Build() => _used == 0 ? new Paragraph(" ") : _paragraph;

    public static string Fit(string text, int width) =>
        text.Length <= width ? text : width <= 1 ? text[..width] : string.Concat(text.AsSpan(0, width - 1), "…");
}
