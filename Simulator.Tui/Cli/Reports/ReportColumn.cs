namespace Simulator.Tui.Cli.Reports;

/// <summary>A column of a report: its heading in tables and CSV, its key in JSON, and whether the table shows it.</summary>
/// <remarks>
/// Tables keep the Azure CLI's columns; JSON and CSV, read by programs, also get the extra ones. The CLI lists one
/// vault at a time, while a run may hold several: a column marked <paramref name="InTableWhenVaried"/> (the vault)
/// joins the table when its rows differ in it, so a VM's items in two vaults don't read as the same row twice.
/// </remarks>
internal sealed record ReportColumn(string Heading, string Key, bool InTable = true, bool InTableWhenVaried = false);
