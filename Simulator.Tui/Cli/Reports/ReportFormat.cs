namespace Simulator.Tui.Cli.Reports;

/// <summary>The <c>--output</c> formats, as the Azure CLI names them.</summary>
internal enum ReportFormat
{
    Table,
    Json,
    Csv,
}
