using Spectre.Console;
using Spectre.Console.Rendering;

namespace Simulator.Tui.Dashboard.Views;

/// <summary>The lines of one frame, filled section by section, each section exactly as tall as the layout says.</summary>
internal sealed class Frame
{
    private readonly List<IRenderable> _lines = [];

    public Frame(int width)
    {
        Width = width;
    }

    public int Width { get; }

    public int Count => _lines.Count;

    /// <summary>The first row each list shows in this frame; the views set their own as they settle their windows.</summary>
    public ListTops Shown { get; set; }

    public Line NewLine() => new(Width);

    public void Add(Line line) => _lines.Add(line.Build());

    public void Add(string text, Style? style = null) => Add(NewLine().Add(text, style));

    /// <summary>A sentence indented under a list's header, on as many lines as it needs, at most <paramref name="maxLines"/>.</summary>
    /// <remarks>Why a list is empty ends in its way out ("Esc clears the filter."), the part a cut line lost first.</remarks>
    public void AddWrapped(string text, Style? style, int maxLines)
    {
        foreach (var line in TextWrap.Lines(text, Width - 2, Math.Max(1, maxLines)))
        {
            Add(NewLine().Add($"  {line}", style));
        }
    }

    /// <summary>A pane's title bar; the focused pane's stands out.</summary>
    /// <remarks>A title longer than the bar ends at a whole word, then " …", as a status does: cut where the line ended,
    /// a prompt's question read "its item and…" at 60 columns.</remarks>
    public void Title(string title, bool focused)
    {
        var style = focused ? Palette.FocusedTitle : Palette.Title;
        var text = Line.Fit(TitleFits(title, Width) ? $"─ {title} " : $"─ {TextWrap.Lines(title, Width - 3, 1).FirstOrDefault()} ", Width);
        Add(NewLine().Add(text, style).Add(new string('─', Math.Max(0, Width - text.GetCellWidth())), style));
    }

    /// <summary>Whether <paramref name="title"/> reads whole on a title bar <paramref name="width"/> cells wide, where a
    /// view chooses among its titles.</summary>
    /// <remarks>Cells, not characters: a name or a filter in Chinese or Japanese takes two a character, and counted as
    /// one the longer title was chosen and cut at the window's edge ("policy De…").</remarks>
    public static bool TitleFits(string title, int width) => $"─ {title} ".GetCellWidth() <= width;

    /// <summary>Runs <paramref name="fill"/> and makes the section exactly <paramref name="height"/> lines tall.</summary>
    public void Section(int height, Action fill)
    {
        var start = _lines.Count;
        fill();
        while (_lines.Count - start < height)
        {
            _lines.Add(new Paragraph(" "));
        }

        if (_lines.Count - start > height)
        {
            _lines.RemoveRange(start + height, _lines.Count - start - height);
        }
    }

    public IRenderable Build() => new Rows(_lines);
}
