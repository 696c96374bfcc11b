using NodaTime;
using Simulator.Scenarios.Parsing;
using Simulator.Tests.Support;
using Simulator.Tui.Dashboard.Views;

namespace Simulator.Tests.Dashboard;

// Names of a series (a fleet's VMs, numbered at their end) cut to narrow columns: every view keeps the end that tells them apart.
public sealed partial class DashboardViewTests
{
    private const string SeriesFirst = "vm-contoso-webshop-frontend-01";
    private const string SeriesSecond = "vm-contoso-webshop-frontend-02";

    /// <summary>The demo's first night with vm-web-01 and vm-db-01 named as a series: both transfers running.</summary>
    private static readonly Instant SeriesTransferring = Instant.FromUtc(2026, 3, 2, 2, 40);

    [Fact]
    public void Should_TellTwoNamesOfASeriesApart_When_TheItemListCutsThem()
    {
        // Given two names alike but for their last character, 30 characters long
        var state = DashboardWorlds.DemoWithNames(SeriesTransferring, SeriesFirst, SeriesSecond);

        // When the item list is drawn on 60 columns, which leave the name 14 beside the status whole
        var lines = PlainLines(state, 60, 24);

        // Then each name keeps its end
        lines.ShouldContain("  vm-con…tend-01 IRPending  Warning (Initial backup pending)");
        lines.ShouldContain("  vm-con…tend-02 IRPending  Warning (Initial backup pending)");
    }

    [Fact]
    public void Should_TellTwoNamesOfASeriesApart_When_TheJobListCutsThem()
    {
        // Given
        var state = DashboardWorlds.DemoWithNames(SeriesTransferring, SeriesFirst, SeriesSecond);

        // When the job list is drawn on 60 columns, which leave the item 16
        var lines = PlainLines(state, 60, 24);

        // Then
        lines.ShouldContain(line => line.StartsWith("  Backup    vm-cont…ntend-01 In progress ", StringComparison.Ordinal));
        lines.ShouldContain(line => line.StartsWith("  Backup    vm-cont…ntend-02 In progress ", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_TellTwoNamesOfASeriesApart_When_TheTimelineCutsThem()
    {
        // Given
        var state = DashboardWorlds.DemoWithNames(SeriesTransferring, SeriesFirst, SeriesSecond) with { ShowTimeline = true };

        // When the timeline is drawn on 60 columns, which leave its labels 21
        var lines = PlainLines(state, 60, 24);

        // Then
        lines.ShouldContain(line => line.StartsWith("  vm-contoso…rontend-01 ", StringComparison.Ordinal) && line.Contains("▓▒", StringComparison.Ordinal));
        lines.ShouldContain(line => line.StartsWith("  vm-contoso…rontend-02 ", StringComparison.Ordinal) && line.Contains("▓▒", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_TellTwoNamesOfASeriesApart_When_TheLogCutsThem()
    {
        // Given
        var state = DashboardWorlds.DemoWithNames(SeriesTransferring, SeriesFirst, SeriesSecond);
        var frame = new Frame(80);

        // When the log's compact lines are drawn on 80 columns, which leave the item 20
        LogView.Add(frame, state, 12);
        var lines = ConsoleText.Render(frame.Build(), 80, 12).Split('\n');

        // Then
        lines.ShouldContain("03-02 02:18:30  vm-contos…rontend-01 Transfer data to vault InProgress");
        lines.ShouldContain("03-02 02:36:57  vm-contos…rontend-02 Transfer data to vault InProgress");
    }

    [Theory]
    [InlineData("01")]
    [InlineData("02")]
    public void Should_TellTwoNamesOfASeriesApart_When_AnItemsDetailCutsItsName(string number)
    {
        // Given names of 60 characters, alike but for their last one, and one of them open
        const string series = "vm-contoso-webshop-frontend-westeurope-production-primary-";
        var state = DashboardWorlds.DemoWithNames(DashboardWorlds.DemoFirstMorning, $"{series}01", $"{series}02") with { OpenItem = $"{series}{number}" };

        // When its detail is drawn on 60 columns, whose title bar holds 56
        var lines = PlainLines(state, 60, 24);

        // Then the title keeps the name's end
        lines[1].ShouldStartWith($"─ vm-contoso-webshop-frontend-…europe-production-primary-{number}");
    }

    [Fact]
    public void Should_TellTwoVaultNamesOfASeriesApart_When_TheVaultListCutsThem()
    {
        // Given two vaults named with Azure's longest names, 50 characters, alike but for their last one
        const string series = "rsv-contoso-production-northeurope-backup-vault-";
        var text = DashboardWorlds.ProtectableText.Replace("vault-grs", $"{series}01", StringComparison.Ordinal).Replace("vault-lrs", $"{series}02", StringComparison.Ordinal);
        var state = DashboardWorlds.From(ScenarioParser.Parse(text, "protect-from-dashboard.yaml"), DashboardWorlds.ProtectableSecondMorning);

        // When the vault list is drawn, whose name column is at most 40 wide
        var lines = PlainLines(state, 120, 40);

        // Then (after the gutter, which marks the vault the lists show)
        lines.ShouldContain(line => line.Length > 2 && line.Substring(2).StartsWith("rsv-contoso-product…rope-backup-vault-01 ", StringComparison.Ordinal));
        lines.ShouldContain(line => line.Length > 2 && line.Substring(2).StartsWith("rsv-contoso-product…rope-backup-vault-02 ", StringComparison.Ordinal));
    }
}
