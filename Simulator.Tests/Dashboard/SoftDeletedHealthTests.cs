using Simulator.Tests.Support;
using Simulator.Tui.Dashboard;
using Simulator.Tui.Dashboard.Views;

namespace Simulator.Tests.Dashboard;

/// <summary>The health a soft-deleted item shows: the portal marks it red as soft-deleted, whatever its last backup was.</summary>
public sealed class SoftDeletedHealthTests
{
    [Fact]
    public void Should_ReadSoftDeletedInTheHealthColumn_When_AnItemIsSoftDeleted()
    {
        // Given the item list on vm-gone-01, soft-deleted after a successful last backup
        var state = DashboardWorlds.SoftDelete(DashboardWorlds.SoftDeleteAfterUndelete);

        // When
        var row = ItemRow(state, "vm-gone-01");

        // Then its health reads soft-deleted, not the last backup's Healthy
        row.ShouldEndWith("Soft-deleted");
    }

    [Fact]
    public void Should_MarkTheHealthRed_When_AnItemIsSoftDeleted()
    {
        // Given
        var state = DashboardWorlds.SoftDelete(DashboardWorlds.SoftDeleteAfterUndelete);
        var item = state.World.Simulation.FindItem("vm-gone-01")!;

        // When
        var style = Palette.HealthOf(item);

        // Then it is marked red, as the portal marks a soft-deleted item
        style.ShouldBe(Palette.Bad);
    }

    [Theory]
    [InlineData(80, 24)]
    [InlineData(60, 18)]
    public void Should_GiveThePurgeALine_When_TheLastBackupsLineCannotHoldIt(int width, int height)
    {
        // Given vm-gone-01's detail, soft-deleted, on a window narrower than its last backup, health and purge together
        var state = DashboardWorlds.SoftDelete(DashboardWorlds.SoftDeleteAfterUndelete) with { OpenItem = "vm-gone-01" };

        // When
        var lines = ConsoleText.Render(DashboardView.Render(state, width, height), width, height).Split('\n').Select(line => line.TrimEnd()).ToList();

        // Then when it is purged reads whole on a line of its own, where it was cut to "· …" at the window's edge, and
        // the next runs still follow
        var purge = lines.IndexOf("  Purged at 06-22 10:00 unless undeleted");
        purge.ShouldBeGreaterThan(0);
        lines[purge - 1].ShouldEndWith("health Soft-deleted", Case.Insensitive);
        lines[purge + 1].ShouldStartWith("  Next runs: ");
    }

    [Fact]
    public void Should_ReadSoftDeletedAsTheHealth_When_ASoftDeletedItemIsOpen()
    {
        // Given vm-gone-01's detail
        var state = DashboardWorlds.SoftDelete(DashboardWorlds.SoftDeleteAfterUndelete) with { OpenItem = "vm-gone-01" };

        // When
        var lines = Lines(state);

        // Then the line of its last backup says so, beside when it is purged
        lines[2].ShouldBe("  Last backup Warning (Backup disabled) at 06-08 02:54 · health Soft-deleted · purged at 06-22 10:00 unless undeleted");
    }

    [Fact]
    public void Should_ReadTheApiHealthAgain_When_TheItemIsUndeleted()
    {
        // Given vm-keep-01, undeleted: stopped with its data retained
        var state = DashboardWorlds.SoftDelete(DashboardWorlds.SoftDeleteAfterUndelete);

        // When
        var row = ItemRow(state, "vm-keep-01");

        // Then its health is its last backup's again, in green
        row.ShouldEndWith("Healthy");
        Palette.HealthOf(state.World.Simulation.FindItem("vm-keep-01")!).ShouldBe(Palette.Good);
    }

    /// <summary>The item's row in the item list (the job list names items too, further down).</summary>
    private static string ItemRow(DashboardState state, string name) =>
        Lines(state).SkipWhile(line => !line.StartsWith("─ Protected items", StringComparison.Ordinal)).Skip(1)
            .TakeWhile(line => !line.StartsWith('─'))
            .Single(line => line.Length > 2 && line[2..].StartsWith(name + " ", StringComparison.Ordinal));

    private static string[] Lines(DashboardState state) =>
        [.. ConsoleText.Render(DashboardView.Render(state, 120, 40), 120, 40).TrimEnd('\n').Split('\n').Select(line => line.TrimEnd())];
}
