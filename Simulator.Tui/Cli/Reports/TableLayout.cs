using Spectre.Console;

namespace Simulator.Tui.Cli.Reports;

/// <summary>A report table's columns as its rows measure them, one row at a time: the widths, and which optional columns vary.</summary>
internal sealed class TableLayout
{
    private readonly IReadOnlyList<ReportColumn> _columns;
    private readonly string?[] _firstText;
    private readonly bool[] _varied;

    public TableLayout(IReadOnlyList<ReportColumn> columns)
    {
        _columns = columns;
        _firstText = new string?[columns.Count];
        _varied = new bool[columns.Count];
        Widths = [.. columns.Select(c => c.Heading.GetCellWidth())];
    }

    /// <summary>Each column's width in terminal cells: its heading's or its widest cell's.</summary>
    public int[] Widths { get; }

    public void Measure(IReadOnlyList<object?> row)
    {
        for (var i = 0; i < _columns.Count; i++)
        {
            var text = ReportValues.Text(row[i]);
            Widths[i] = Math.Max(Widths[i], text.GetCellWidth());
            if (_firstText[i] is null)
            {
                _firstText[i] = text;
            }
            else if (!_varied[i] && !string.Equals(_firstText[i], text, StringComparison.Ordinal))
            {
                _varied[i] = true;
            }
        }
    }

    /// <summary>The columns a table shows: those always in it, and those shown when they vary (a vault, when there are several).</summary>
    public IReadOnlyList<int> Shown() =>
        [.. Enumerable.Range(0, _columns.Count).Where(i => _columns[i].InTable || (_columns[i].InTableWhenVaried && _varied[i]))];
}
