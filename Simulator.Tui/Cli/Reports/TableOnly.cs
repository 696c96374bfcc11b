namespace Simulator.Tui.Cli.Reports;

/// <summary>A cell that only the table shows in words; JSON writes null there and CSV leaves it empty.</summary>
/// <remarks>
/// For a value programs would misread: a point kept past its date has no expiry, which the table says as a person reads
/// it ("kept (newest point)") and the programs' formats say as no date, beside a column that gives the reason.
/// </remarks>
internal sealed record TableOnly(string Text)
{
    public override string ToString() => Text;
}
