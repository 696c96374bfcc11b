using NodaTime;
using Simulator.Scenarios.Parsing;
using Simulator.Tests.Support;
using Simulator.Tui.Dashboard.Views;

namespace Simulator.Tests.Dashboard;

/// <summary>The log of a scenario just opened: what the scenario did before its clock started.</summary>
public sealed partial class LogViewTests
{
    [Fact]
    public void Should_ShowWhatTheScenarioSetUp_When_ItIsOpenedAtItsStart()
    {
        // Given the soft-delete scenario at its start, before its clock moved
        var state = DashboardWorlds.From(ScenarioParser.Parse(SoftDelete, "soft-delete.yaml"), Instant.FromUtc(2026, 6, 1, 0, 0));

        // When it is drawn 120 columns wide, whose log has five event lines
        var lines = ConsoleText.Render(DashboardView.Render(state, 120, 40), 120, 40).Split('\n').Select(line => line.TrimEnd()).ToList();

        // Then the log reads the world's setup as vaultsim show's journal opens with it, rather than nothing under
        // "(no narration yet)"
        var title = lines.FindIndex(l => l.StartsWith("─ Narration and events (UTC)", StringComparison.Ordinal));
        lines.Skip(title + 1).Take(6).ShouldBe(
        [
            "» (no narration yet)",
            "06-01 00:00:00  vault-sea  Vault created          southeastasia GeoRedundant",
            "06-01 00:00:00  vault-sea  Policy DefaultPolicy   Standard daily at 02:00 UTC, keep 30d, snapshots 2d",
            "06-01 00:00:00  vm-gone-01 Azure VM added         southeastasia",
            "06-01 00:00:00  vm-gone-01 Protection configured  DefaultPolicy",
            "06-01 00:00:00  vm-gone-01 ConfigureBackup        InProgress",
        ]);
    }
}
