namespace Simulator.Tests.Dashboard;

/// <summary>What a walk through the dashboard at 80×24 found cut, misaligned or named unlike the screen.</summary>
public sealed partial class DashboardViewTests
{
    [Fact]
    public void Should_WrapTheGoToHint_When_TheWindowIsNarrow()
    {
        // Given the go-to prompt on 80 columns, whose hint is longer than a line
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning).Type("g");

        // When
        var lines = PlainLines(state, 80, 24);

        // Then its last form, an offset from the start, is still offered, and nothing of the hint is cut
        var title = Array.FindIndex(lines, l => l.StartsWith("─ Go to time ─", StringComparison.Ordinal));
        lines[title + 1].ShouldBe("  ISO 8601 (2026-03-03T04:00Z), a time or a date in Europe/Amsterdam");
        lines[title + 2].ShouldBe("  (2026-03-03T05:00) or +offset from the start (+1d6h)");
        lines[title + 3].ShouldBe("  > █");
    }

    [Fact]
    public void Should_KeepTheCursorInView_When_WhatIsTypedIsWiderThanThePrompt()
    {
        // Given the go-to prompt on 60 columns, with more typed than its line holds
        var typed = "2026-03-03T10:00:00+01:00-and-a-long-tail-typed-by-mistake-ending-HERE";
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning).Type("g").Type(typed);

        // When
        var lines = PlainLines(state, 60, 18);

        // Then the input's end and the cursor are on its line, its start given up for "…"
        var input = lines.Single(l => l.StartsWith("  > ", StringComparison.Ordinal));
        input.ShouldStartWith("  > …");
        input.TrimEnd().ShouldEndWith("ending-HERE█");
    }

    [Fact]
    public void Should_SayHowToCancelABackupNow_When_TheWindowIsNarrow()
    {
        // Given
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning).Type("b");

        // When
        var lines = PlainLines(state, 80, 24);

        // Then
        var title = Array.FindIndex(lines, l => l.StartsWith("─ Backup now: vm-batch-01 ", StringComparison.Ordinal));
        (lines[title + 1].Trim() + " " + lines[title + 2].Trim()).ShouldEndWith("Enter starts the backup, Esc cancels");
        lines[title + 3].ShouldStartWith("  > ");
    }

    [Fact]
    public void Should_ShowARefusalWhole_When_ItTakesThreeLines()
    {
        // Given + Backup refused in a vault with nothing to protect: on 80 columns its way out takes a third line
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning).Type("e");

        // When
        var lines = PlainLines(state, 80, 24);

        // Then it is read to its last word, the events giving way until the next key
        var first = Array.FindIndex(lines, l => l.StartsWith("✗ Nothing to protect in contoso-vault-weu: ", StringComparison.Ordinal));
        first.ShouldBeGreaterThan(0);
        string.Join(" ", lines[first..(first + 3)].Select(l => l.Trim())).ShouldEndWith("stopped with its data kept in another vault.");
    }

    [Fact]
    public void Should_LineUpTheTransfersShares_When_TheirTimesLeftDifferInLength()
    {
        // Given the fleet's first night: transfers with 5h35m, 10h46m and 1d01h left
        var state = DashboardWorlds.Fleet(DashboardWorlds.FleetFirstNight);

        // When
        var lines = PlainLines(state, 120, 40);

        // Then every bar ends, and every share stands, in the same column
        var transferring = lines.Where(l => l.Contains('░', StringComparison.Ordinal)).ToList();
        transferring.Count.ShouldBeGreaterThan(2);
        transferring.Select(l => l.LastIndexOf('░')).Distinct().ShouldHaveSingleItem();
        transferring.Select(l => l.IndexOf('%', StringComparison.Ordinal)).Distinct().ShouldHaveSingleItem();
    }

    [Theory]
    [InlineData(1, "sort: Protection ·")]
    [InlineData(2, "sort: Last backup ·")]
    [InlineData(3, "sort: Latest point ·")]
    public void Should_NameTheSortAsItsColumn_When_TheSortChanges(int presses, string named)
    {
        // Given
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning).Type(new string('o', presses));

        // When
        var lines = PlainLines(state, 80, 24);

        // Then the items' title names the column the list is ordered by
        lines.ShouldContain(l => l.StartsWith("─ Protected items (4) · ", StringComparison.Ordinal) && l.Contains(named, StringComparison.Ordinal));
    }

    [Fact]
    public void Should_ShowTheVmsPowerAndAgent_When_TheDetailsTitleCannotHoldThem()
    {
        // Given vm-batch-01 deallocated, opened on 80 columns
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoSecondNoon) with { OpenItem = "vm-batch-01" };

        // When
        var lines = PlainLines(state, 80, 24);

        // Then the title is whole, and the VM's state is on the line under it
        lines[1].ShouldStartWith("─ vm-batch-01 in contoso-vault-weu · Protected · policy DefaultPolicy ─");
        lines[2].ShouldBe("  Azure VM Windows · Deallocated · agent Healthy");
        lines[3].ShouldStartWith("  Last backup ");
    }

    [Theory]
    [InlineData(0, "  No jobs yet.")]
    [InlineData(2, "  No jobs failed. f changes the filter.")]
    public void Should_OfferTheFilterKey_When_OnlyAFilterHidesTheJobs(int filterPresses, string said)
    {
        // Given vault-us, which protects nothing, so it has run no job
        var state = DashboardWorlds.Protectable(DashboardWorlds.ProtectableSecondMorning) with { VaultCursor = 2 };
        for (var i = 0; i < filterPresses; i++)
        {
            state = state.Type("f");
        }

        // When
        var lines = PlainLines(state, 120, 40);

        // Then
        lines.ShouldContain(l => l.StartsWith("─ Jobs (0)", StringComparison.Ordinal));
        lines.ShouldContain(said);
    }

    [Fact]
    public void Should_SayTheItemFilterHidesTheJobs_When_NoItemNameContainsIt()
    {
        // Given the fleet, whose names hold no 'zzz', filtered by it
        var state = DashboardWorlds.Fleet(DashboardWorlds.FleetFirstNight) with { Filter = "zzz" };

        // When
        var lines = PlainLines(state, 120, 40);

        // Then the job list says what hides its jobs and the way out, not that nothing has run
        lines.ShouldContain("  No jobs in contoso-vault-weu of an item whose name contains 'zzz'. Esc clears the filter.");
        lines.ShouldNotContain("  No jobs yet.");

        // And its columns stay those of the list it filters: a VM's jobs have a Snapshot phase
        lines.ShouldContain(l => l.StartsWith("  Operation", StringComparison.Ordinal) && l.Contains(" Snapshot ", StringComparison.Ordinal));
    }
}
