namespace Simulator.Tui.Cli.Reports;

/// <summary>A column of a report: its heading in tables and CSV, its key in JSON, and whether the table shows it.</summary>
/// <remarks>Tables keep the Azure CLI's columns; JSON and CSV, read by programs, also get the extra ones.</remarks>
internal sealed record ReportColumn(string Heading, string Key, bool InTable = true);
