namespace Simulator.Tui.Cli.Reports;

/// <summary>A report as columns and rows; a cell is a string, a number, or null (empty).</summary>
internal sealed record ReportTable(IReadOnlyList<ReportColumn> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);
