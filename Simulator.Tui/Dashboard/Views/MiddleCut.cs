using System.Globalization;
using System.Text;
using Spectre.Console;

namespace Simulator.Tui.Dashboard.Views;

/// <summary>How a name is cut to a column too narrow for it: in the middle, so that both its ends show.</summary>
/// <remarks>
/// Names in a series differ at their end: a fleet's VMs are numbered there (vm-web-prod-01, vm-web-prod-02), and cut at
/// their end they read alike ("vm-web-prod-…"); their start says what kind of machine it is, their end which one.
/// Vaults are numbered or named by region at their end as often, and the log's policies ("Policy Daily10-ResaveA",
/// "…B") too. The end gets the odd cell. Widths are terminal cells, as in <see cref="Line.Fit"/>: a wide character
/// that doesn't fit whole leaves its cell blank beside the ellipsis, so the column keeps its width.
/// </remarks>
internal static class MiddleCut
{
    /// <summary>The name in at most <paramref name="width"/> cells, cut in the middle with an ellipsis; a character is never split.</summary>
    public static string Fit(string name, int width)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.GetCellWidth() <= width)
        {
            return name;
        }

        // One cell holds the ellipsis and no end at all: that is Line's cut.
        if (width <= 2)
        {
            return Line.Fit(name, width);
        }

        var elements = new List<string>();
        var enumerator = StringInfo.GetTextElementEnumerator(name);
        while (enumerator.MoveNext())
        {
            elements.Add(enumerator.GetTextElement());
        }

        var room = width - 1;
        var (tail, tailUsed) = (new List<string>(), 0);
        for (var i = elements.Count - 1; i >= 0 && tailUsed + elements[i].GetCellWidth() <= room - room / 2; i--)
        {
            tail.Insert(0, elements[i]);
            tailUsed += elements[i].GetCellWidth();
        }

        // The start takes what the end left, a cell a wide character could not use included.
        var head = new StringBuilder();
        var headUsed = 0;
        foreach (var element in elements)
        {
            if (headUsed + element.GetCellWidth() > room - tailUsed)
            {
                break;
            }

            head.Append(element);
            headUsed += element.GetCellWidth();
        }

        return head.Append(' ', room - tailUsed - headUsed).Append('…').AppendJoin(string.Empty, tail).ToString();
    }

    /// <summary>The name cut as <see cref="Fit"/> cuts it, then padded to <paramref name="width"/> cells: a column of plain text.</summary>
    public static string Padded(string name, int width)
    {
        var fitted = Fit(name, width);
        return fitted + new string(' ', Math.Max(0, width - fitted.GetCellWidth()));
    }
}
