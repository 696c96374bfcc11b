namespace Simulator.Tui.Cli.Reports;

/// <summary>A report as columns and rows; a cell is a string, a number, or null (empty).</summary>
/// <param name="Rows">Enumerated more than once as the report is written; a list, or rows read from the file each time.</param>
internal sealed record ReportTable(IReadOnlyList<ReportColumn> Columns, IEnumerable<IReadOnlyList<object?>> Rows);
