using Simulator.Core.Policies;
using NodaTime;
using Simulator.Scenarios.Parsing;
using Simulator.Tests.Store;
using Simulator.Tests.Support;
using Simulator.Tui.Dashboard.Views;

namespace Simulator.Tests.Dashboard;

/// <summary>An item's detail as a person reads it.</summary>
public sealed partial class DetailViewTests
{
    /// <summary>The demo's first night, half an hour after the 03:00 CET runs: their jobs have not started yet.</summary>
    private static readonly Instant DemoHalfPastThree = Instant.FromUtc(2026, 3, 2, 2, 30);

    /// <summary>The demo's last evening, hours before it ends at 01:00 CET and its next 03:00 run.</summary>
    private static readonly Instant DemoLastEvening = Instant.FromUtc(2026, 3, 4, 20, 0);

    /// <summary>The MARS scenario's third morning: the server has points from two days of its three a day.</summary>
    private static readonly Instant MarsThirdMorning = Instant.FromUtc(2026, 2, 25, 6, 0);

    [Fact]
    public void Should_WriteTheYearOfAnExpiry_When_ItIsHalfAYearOrMoreAway()
    {
        // Given vm-sql-01 on 1 March 2027: weekly points kept 12 weeks, its 7 February point (Monthly) kept 12 months
        var state = DashboardWorlds.GfsWeekly(Instant.FromUtc(2027, 3, 1, 0, 0)) with { OpenItem = "vm-sql-01" };

        // When
        var rows = ConsoleText.Render(DashboardView.Render(state, 120, 40), 120, 40).Split('\n');

        // Then the monthly point's expiry gives its year, where "02-07 22:00" read as the day it was taken; a weekly
        // point's, weeks away, keeps its hour
        rows.Single(r => r.Contains("02-07 22:00 Vault", StringComparison.Ordinal)).TrimEnd().ShouldEndWith("Monthly  —             2028-02-07");
        rows.Single(r => r.Contains("02-14 22:00 Vault", StringComparison.Ordinal)).TrimEnd().ShouldEndWith("Weekly   —             05-09 22:00");
    }

    [Fact]
    public void Should_WriteTheYearOfAnExpiry_When_ItsPointIsWrittenWithItsYear()
    {
        // Given vm-sql-01 on 28 October 2026: its 5 April point (Monthly), over half a year old, kept until 5 April 2027,
        // under half a year away, and the cursor on the oldest point, so that it is on screen
        var state = DashboardWorlds.GfsWeekly(Instant.FromUtc(2026, 10, 28, 0, 0)) with { OpenItem = "vm-sql-01", PointCursor = 19 };

        // When
        var rows = ConsoleText.Render(DashboardView.Render(state, 120, 40), 120, 40).Split('\n');

        // Then its expiry gives its year too: "2026-04-05 … Vault till 04-05 22:00" read as a point gone the day it came
        rows.Single(r => r.StartsWith("  2026-04-05 ", StringComparison.Ordinal)).TrimEnd().ShouldEndWith("Monthly  —             2027-04-05");
    }

    [Fact]
    public void Should_AskTheWholeQuestion_When_ADeletePromptIsOpenOnSixtyByTwenty()
    {
        // Given vm-batch-01's detail, X pressed: its question is longer than a line of 60 columns
        var state = (DashboardWorlds.Demo(DemoHalfPastThree) with { OpenItem = "vm-batch-01" }).Type("X");

        // When
        var lines = ConsoleText.Render(DashboardView.Render(state, 60, 20), 60, 20).Split('\n').Select(l => l.TrimEnd()).ToArray();

        // Then under its cut title bar the question is read whole, as on the main screen, and its input is still there
        var title = Array.FindIndex(lines, l => l.StartsWith("─ Delete the VM vm-batch-01", StringComparison.Ordinal));
        lines[title + 1].ShouldBe("  Delete the VM vm-batch-01 in Azure (a fault: its item and");
        lines[title + 2].ShouldBe("  backup data stay in the vault)");
        lines.ShouldContain("  > █");
    }

    [Fact]
    public void Should_AskTheWholeQuestion_When_ADeleteBackupDataPromptIsOpenOnSixtyByEighteen()
    {
        // Given vm-batch-01's detail at noon, its stop menu's "Delete backup data" chosen: the question is two lines
        // of 60 columns, and one point row leaves the prompt three lines, its title bar cut before "delete backup data"
        var state = (DashboardWorlds.Demo(DashboardWorlds.DemoSecondNoon) with { OpenItem = "vm-batch-01" }).Type("s").Press(Keys.Down, Keys.Down, Keys.Enter);

        // When
        var lines = ConsoleText.Render(DashboardView.Render(state, 60, 18), 60, 18).Split('\n').Select(l => l.TrimEnd()).ToArray();

        // Then the question is read whole, as on the main screen, then how to answer it and the input: the points
        // give way to it while it is asked
        var title = Array.FindIndex(lines, l => l.StartsWith("─ Stop protection of vm-batch-01", StringComparison.Ordinal));
        lines[title + 1].ShouldBe("  Stop protection of vm-batch-01 in contoso-vault-weu and");
        lines[title + 2].ShouldBe("  delete backup data");
        lines[title + 3].ShouldBe("  Type the name 'vm-batch-01' to confirm; Esc cancels");
        lines[title + 4].ShouldBe("  > █");
    }

    [Fact]
    public void Should_ShowEveryWayOfStopping_When_TheStopMenuIsOpenInADetailOnSixtyByEighteen()
    {
        // Given vm-db-01's detail on the demo's third night, two points in it, and s pressed: a menu of three choices
        var state = (DashboardWorlds.Demo(Instant.FromUtc(2026, 3, 4, 0, 0)) with { OpenItem = "vm-db-01" }).Type("s");

        // When
        var screen = ConsoleText.Render(DashboardView.Render(state, 60, 18), 60, 18);

        // Then all three ways of stopping show, the points giving way to them, where only the first did
        screen.ShouldContain("› Retain backup data forever");
        screen.ShouldContain("  Retain backup data as per policy");
        screen.ShouldContain("  Delete backup data");
    }

    [Fact]
    public void Should_KeepThePanesTitle_When_TheOpenItemIsPurged()
    {
        // Given vm-gone-01's detail open just after its soft delete ended and its data was purged
        var state = DashboardWorlds.SoftDelete(Instant.FromUtc(2026, 6, 22, 10, 1)) with { OpenItem = "vault-sea/vm-gone-01" };

        // When
        var lines = ConsoleText.Render(DashboardView.Render(state, 80, 24), 80, 24).Split('\n').Select(l => l.TrimEnd()).ToArray();

        // Then the pane keeps its title bar, and says why it is empty under it whole, where the sentence stood bare
        // under the header, cut at the window's edge
        lines[1].ShouldStartWith("─ vm-gone-01 in vault-sea · Purged ─");
        lines[2].ShouldBe("  vault-sea/vm-gone-01 is no longer in the vault (its backup data was purged).");
        lines[3].ShouldBe("  Esc goes back.");
    }

    [Theory]
    [InlineData("e", "Protect")]
    [InlineData("g", "Go to")]
    public void Should_DrawWhatIsAsked_When_AKeyOpensAMenuOrPromptInAPurgedItemsPane(string key, string asked)
    {
        // Given vm-gone-01's detail open just after its data was purged
        var state = DashboardWorlds.SoftDelete(Instant.FromUtc(2026, 6, 22, 10, 1)) with { OpenItem = "vault-sea/vm-gone-01" };

        // When a key that asks something is pressed there
        var asking = state.Type(key);

        // Then what it asks is on the screen, under the pane's title, where the pane stayed as it was and took keys unseen
        asking.Overlay.ShouldNotBeNull();
        var screen = ConsoleText.Render(DashboardView.Render(asking, 80, 24), 80, 24);
        screen.ShouldContain("─ vm-gone-01 in vault-sea · Purged ─");
        screen.ShouldContain(asked);
        screen.ShouldNotContain("is no longer in the vault");
    }

    [Theory]
    [InlineData(80, 24)]
    [InlineData(60, 20)]
    public void Should_KeepTheRecoveryPoints_When_ADeleteBackupDataPromptFitsBesideThem(int width, int height)
    {
        // Given vm-batch-01's detail at noon, its stop menu's "Delete backup data" chosen
        var state = (DashboardWorlds.Demo(DashboardWorlds.DemoSecondNoon) with { OpenItem = "vm-batch-01" }).Type("s").Press(Keys.Down, Keys.Down, Keys.Enter);

        // When
        var screen = ConsoleText.Render(DashboardView.Render(state, width, height), width, height);

        // Then the points stay above the prompt, their newest row in view
        screen.ShouldContain("─ Recovery points (2)");
        screen.ShouldContain("› 03-03 04:08");
        screen.ShouldContain("  > █");
    }

    [Fact]
    public void Should_SayByWhenADueRunsJobStarts_When_ARunIsDue()
    {
        // Given vm-db-01's detail while its 03:00 run waits for D6's start delay
        var state = DashboardWorlds.Demo(DemoHalfPastThree) with { OpenItem = "vm-db-01" };

        // When
        var screen = ConsoleText.Render(DashboardView.Render(state, 120, 40), 120, 40);

        // Then the due run says by when its job starts (D6's two hours after it), and the later runs follow it
        screen.Split('\n')[3].ShouldStartWith("  Next runs: 03-02 03:00 (due, starts by 05:00) · 03-03 03:00 · ");
    }

    [Fact]
    public void Should_KeepTheRunsAfterADueOneInView_When_TheWindowIsEightyColumns()
    {
        // Given vm-db-01's detail while its 03:00 run waits for D6's start delay
        var state = DashboardWorlds.Demo(DemoHalfPastThree) with { OpenItem = "vm-db-01" };

        // When it is drawn on an 80-column window
        var screen = ConsoleText.Render(DashboardView.Render(state, 80, 24), 80, 24);

        // Then the runs after the due one are still read, rather than its explanation cut short in their place
        screen.Split('\n')[4].ShouldStartWith("  Next runs: 03-02 03:00 (due, starts by 05:00) · 03-03 03:00 · 03-04 03:00 · ");
    }

    [Fact]
    public void Should_LeaveOutTheRunsAfterTheEndAndSaySo_When_TheScenarioEndsBeforeTheFifthRun()
    {
        // Given vm-db-01's detail on the demo's first night: the demo ends at 01:00 on its fourth day, before that
        // day's 03:00 run
        var state = DashboardWorlds.Demo(DemoHalfPastThree) with { OpenItem = "vm-db-01" };

        // When
        var screen = ConsoleText.Render(DashboardView.Render(state, 120, 40), 120, 40);

        // Then only the runs that happen in the scenario are listed, and the end is said after them
        screen.Split('\n')[3].TrimEnd().ShouldBe("  Next runs: 03-02 03:00 (due, starts by 05:00) · 03-03 03:00 · 03-04 03:00 · scenario ends 03-05 01:00");
    }

    [Fact]
    public void Should_ListOnlyWholeRunsAndMarkTheRest_When_TheEndDoesNotFitOnEightyColumns()
    {
        // Given vm-db-01's detail on the demo's first night, its three runs and the scenario's end too long for 80 columns
        var state = DashboardWorlds.Demo(DemoHalfPastThree) with { OpenItem = "vm-db-01" };

        // When it is drawn on an 80-column window
        var screen = ConsoleText.Render(DashboardView.Render(state, 80, 24), 80, 24);

        // Then the runs read whole and "…" says more follows, where the end was cut to "scenario e…", its date lost
        screen.Split('\n')[4].TrimEnd().ShouldBe("  Next runs: 03-02 03:00 (due, starts by 05:00) · 03-03 03:00 · 03-04 03:00 · …");
    }

    [Fact]
    public void Should_SayMoreRunsFollow_When_TheLineHoldsTheFiveItListsWhole()
    {
        // Given vm-app-01's detail on the twelfth morning of a 75-day scenario: daily runs go on long after its five
        var state = DashboardWorlds.VmDeleted(DashboardWorlds.VmDeletedNextMorning) with { OpenItem = "vm-app-01" };

        // When it is drawn on a 120-column window, wide enough for the five runs whole
        var screen = ConsoleText.Render(DashboardView.Render(state, 120, 40), 120, 40);

        // Then "…" says more follow, as it does at 60 columns, where the fifth run read as the last before the end
        screen.Split('\n')[3].TrimEnd().ShouldBe("  Next runs: 02-13 02:00 · 02-14 02:00 · 02-15 02:00 · 02-16 02:00 · 02-17 02:00 · …");
    }

    [Fact]
    public void Should_ReadTheLastJobAndTheHealthWhole_When_TheLastBackupLineIsWiderThanTheWindow()
    {
        // Given vm-big-01's detail on its second morning: its last job ended with a snapshot only, its first transfer
        // still running
        var state = DashboardWorlds.Overlap(DashboardWorlds.OverlapSecondMorning) with { OpenItem = "vm-big-01" };

        // When it is drawn on an 80-column window
        var rows = ConsoleText.Render(DashboardView.Render(state, 80, 24), 80, 24).Split('\n');

        // Then what the line can't hold goes on the next, where it read "last job ended 01-06 04:06, sn…" and no health
        rows[3].TrimEnd().ShouldBe("  Last backup Warning (Initial backup pending)");
        rows[4].TrimEnd().ShouldBe("  Last job ended 01-06 04:06, snapshot only · health IRPending");
    }

    [Fact]
    public void Should_GiveTheHealthItsOwnLine_When_ItDoesNotFitAfterTheLastBackupOnSixtyColumns()
    {
        // Given vm-gone-01's detail the day after its backup data was deleted
        var state = DashboardWorlds.SoftDelete(Instant.FromUtc(2026, 6, 9, 0, 0)) with { OpenItem = "vm-gone-01" };

        // When it is drawn on a 60-column window
        var rows = ConsoleText.Render(DashboardView.Render(state, 60, 20), 60, 20).Split('\n');

        // Then the health reads whole, where it was cut to "· he…", and the purge keeps its line
        rows[4].TrimEnd().ShouldBe("  Last backup Warning (Backup disabled) at 06-08 02:54");
        rows[5].TrimEnd().ShouldBe("  Health Soft-deleted");
        rows[6].TrimEnd().ShouldBe("  Purged at 06-22 10:00 unless undeleted");
    }

    [Fact]
    public void Should_NeverCutARunInItsMiddle_When_AnHourlyPolicysRunsFillTheLine()
    {
        // Given the hourly item's detail, its runs noted "(snapshot)" more than 120 columns can hold
        var state = DashboardWorlds.Hourly(DashboardWorlds.HourlySecondMorning) with { OpenItem = "vm-oltp-01" };

        // When it is drawn on a 120-column window
        var screen = ConsoleText.Render(DashboardView.Render(state, 120, 40), 120, 40);

        // Then the line ends with whole runs and "…", not with a run cut to "(snapsho…"
        var line = screen.Split('\n').Single(l => l.StartsWith("  Next runs: ", StringComparison.Ordinal)).TrimEnd();
        line.ShouldEndWith(") · …");
        line.ShouldNotContain("(snapsho…");
    }

    [Fact]
    public void Should_ShowADashForTheTag_When_APointIsKeptByNoRule()
    {
        // Given the hourly item's detail, its snapshot-only points kept by no retention rule
        var state = DashboardWorlds.Hourly(DashboardWorlds.HourlySecondMorning) with { OpenItem = "vm-oltp-01" };
        var item = state.World.Simulation.FindItem("vm-oltp-01")!;
        item.RecoveryPoints.ShouldContain(p => p.Tag == RetentionTag.None);

        // When
        var screen = ConsoleText.Render(DashboardView.Render(state, 120, 40), 120, 40);

        // Then their Tag reads "—", as every other empty value on the dashboard does, not the word None
        var rows = screen.Split('\n').Where(l => l.Contains(" Snapshot       App-consistent ", StringComparison.Ordinal)).ToList();
        rows.Count.ShouldBe(item.RecoveryPoints.Count(p => p.Tag == RetentionTag.None));
        rows.ShouldAllBe(l => l.Contains("App-consistent   —  ") && !l.Contains("None"));
    }

    [Fact]
    public void Should_SayNoneBeforeTheEnd_When_TheScenarioEndsBeforeTheNextRun()
    {
        // Given vm-db-01's detail on the demo's last evening, its last run in the scenario done
        var state = DashboardWorlds.Demo(DemoLastEvening) with { OpenItem = "vm-db-01" };

        // When
        var screen = ConsoleText.Render(DashboardView.Render(state, 120, 40), 120, 40);

        // Then no run is listed that would never come, and the line says why there is none
        screen.Split('\n')[3].TrimEnd().ShouldBe("  Next runs: none before the scenario ends at 03-05 01:00");
    }

    [Fact]
    public void Should_KeepARunningTransferOnTheTimeline_When_NewerJobsFillIt()
    {
        // Given vm-big-01's detail on its second morning, its 31-hour first transfer still running, the second day's
        // transfer skipped behind it, and a backup now just started
        var state = DashboardWorlds.Overlap(DashboardWorlds.OverlapSecondMorning).Press(Keys.Enter).Type("b").Press(Keys.Enter);
        state.World.Simulation.Jobs.Count(j => j.IsBackup).ShouldBe(3);

        // When it is drawn where the timeline has room for two of its three jobs
        var lines = ConsoleText.Render(DashboardView.Render(state, 60, 20), 60, 20).Split('\n');

        // Then the running transfer keeps its row beside the newest job, and the older finished job gives way
        var timeline = lines.SkipWhile(l => !l.StartsWith("─ Timeline", StringComparison.Ordinal)).Skip(2).TakeWhile(l => !l.StartsWith('─')).ToList();
        timeline.Count.ShouldBe(2);
        timeline[0].ShouldStartWith("  vm-big-01");
        timeline[0].ShouldContain("▒");
        timeline[1].ShouldStartWith("    backup now");
    }

    [Fact]
    public void Should_LeaveOutTheSnapshotColumn_When_TheItemIsAMarsServer()
    {
        // Given the MARS server's detail, its points in the vault only (decision D11)
        var state = DashboardWorlds.Mars(MarsThirdMorning) with { OpenItem = "fs-contoso-01" };
        state.World.Simulation.FindItem("fs-contoso-01").ShouldNotBeNull().RecoveryPoints.Count.ShouldBeGreaterThan(0);

        // When
        var lines = ConsoleText.Render(DashboardView.Render(state, 120, 40), 120, 40).Split('\n');

        // Then the points table has no column that could only read "—"
        var header = Array.FindIndex(lines, l => l.StartsWith("─ Recovery points", StringComparison.Ordinal)) + 1;
        lines[header].ShouldNotContain("Snapshot till");
        lines[header].ShouldContain("Vault till");
        lines[header + 1].ShouldNotContain("—");
    }

    [Fact]
    public void Should_NotSayYet_When_AnItemWithoutPointsIsStopped()
    {
        // Given vm-db-01 stopped before its first run, half an hour before it
        var state = DashboardWorlds.Demo(DemoHalfPastThree - Duration.FromHours(1)) with { OpenItem = "vm-db-01" };
        state.World.Simulation.StopProtection(state.World.Simulation.FindItem("vm-db-01")!, Simulator.Core.Protection.StopProtectionMode.RetainForever);

        // When
        var screen = ConsoleText.Render(DashboardView.Render(state, 120, 40), 120, 40);

        // Then no schedule will make a point, so none is said to be coming
        screen.ShouldContain("  No recovery points.");
        screen.ShouldNotContain("No recovery points yet");
    }

    [Fact]
    public void Should_SayYet_When_AnItemWaitsForItsFirstBackup()
    {
        // Given vm-db-01 before its first run
        var state = DashboardWorlds.Demo(DemoHalfPastThree - Duration.FromHours(1)) with { OpenItem = "vm-db-01" };

        // When
        var screen = ConsoleText.Render(DashboardView.Render(state, 120, 40), 120, 40);

        // Then
        screen.ShouldContain("  No recovery points yet.");
    }

    [Fact]
    public void Should_SayKept_When_TheNewestPointOutlivesItsDatesUnderDecisionD3()
    {
        // Given vm-app-01 two months after its VM was deleted: its newest point's snapshot and vault dates have passed
        var state = DashboardWorlds.VmDeleted(Instant.FromUtc(2026, 4, 15, 0, 0)) with { OpenItem = "vm-app-01" };

        // When
        var lines = ConsoleText.Render(DashboardView.Render(state, 120, 40), 120, 40).Split('\n');

        // Then its row says the point is kept rather than giving dates that read as if cleanup had failed
        var header = Array.FindIndex(lines, l => l.StartsWith("─ Recovery points (1)", StringComparison.Ordinal)) + 1;
        var row = lines[header + 1];
        row.ShouldContain("Snapshot+Vault");
        row.TrimEnd().ShouldEndWith("kept          kept");
    }

    [Fact]
    public void Should_GiveTheVaultCopyItsSnapshotsDate_When_AnOnDemandPointsRetainUntilPassedFirst()
    {
        // Given vm-app-01 a day after its Backup now of 2 March 12:00 was to end, its snapshot kept 2 days, to 4 March
        var definition = ScenarioParser.Parse(KeptPointsReportTests.ShortBackupNow, "short-backup-now.yaml");
        var state = DashboardWorlds.From(definition, Instant.FromUtc(2026, 3, 4, 0, 0)) with { OpenItem = "vm-app-01" };

        // When
        var lines = ConsoleText.Render(DashboardView.Render(state, 120, 40), 120, 40).Split('\n');

        // Then its vault copy says it goes with its snapshot (a vault copy can't go while its snapshot exists), where
        // "kept" read as if it stayed until a newer point came, which came the day before
        lines.Single(l => l.Contains("03-02 12:00", StringComparison.Ordinal)).TrimEnd().ShouldEndWith("OnDemand 03-04 12:00   03-04 12:00");
    }

    [Fact]
    public void Should_SayWhenTheFirstBackupIsDue_When_TheItemHasNoJobYet()
    {
        // Given vm-db-01's detail on the demo's first night, before its 03:00 run's job has started
        var state = DashboardWorlds.Demo(DemoHalfPastThree) with { OpenItem = "vm-db-01" };

        // When
        var lines = ConsoleText.Render(DashboardView.Render(state, 100, 30), 100, 30).Split('\n').Select(l => l.TrimEnd()).ToList();

        // Then under the timeline's day axis, where nothing was drawn, it says why, as its points list does
        var axis = lines.FindIndex(l => l.StartsWith("─ Timeline", StringComparison.Ordinal)) + 1;
        lines[axis].ShouldContain("┊Mon 03-02");
        lines[axis + 1].ShouldBe("  No backup jobs yet: the first is due 03-02 03:00.");
    }

    [Fact]
    public void Should_SayWhenTheLastJobEnded_When_NoneIsOnTheTimelinesDays()
    {
        // Given vm-api-01 a month after its protection was stopped with its data retained: ten jobs, all before the scale's days
        var state = DashboardWorlds.From(ScenarioParser.Load(Path.Combine(RepositoryFiles.Scenarios, "stop-retain-then-resume.yaml")), Instant.FromUtc(2026, 6, 10, 0, 0)) with { OpenItem = "vm-api-01" };

        // When
        var lines = ConsoleText.Render(DashboardView.Render(state, 100, 30), 100, 30).Split('\n').Select(l => l.TrimEnd()).ToList();

        // Then under the day axis it says when the last one ended, where the empty days read as a pane not drawn
        var axis = lines.FindIndex(l => l.TrimStart().StartsWith('┊'));
        lines[axis + 1].ShouldBe("  No backup jobs on these days: the last ended 05-10 02:28.");
    }

    [Fact]
    public void Should_SayMorePointsAreBelow_When_TheRecoveryPointsDoNotFitTheirPane()
    {
        // Given vm-api-01's ten points, stopped with its data retained, at 100×30
        var state = DashboardWorlds.From(ScenarioParser.Load(Path.Combine(RepositoryFiles.Scenarios, "stop-retain-then-resume.yaml")), Instant.FromUtc(2026, 6, 10, 0, 0)) with { OpenItem = "vm-api-01" };

        // When
        var lines = ConsoleText.Render(DashboardView.Render(state, 100, 30), 100, 30).Split('\n').Select(l => l.TrimEnd()).ToList();

        // Then under the points it shows, as under the item and job lists, a line says how many show and that the rest are below
        var more = lines.IndexOf("  ↓ more (6 of 10 shown)");
        more.ShouldBeGreaterThan(0);
        lines[more + 1].ShouldStartWith("─ Timeline");
    }

    [Fact]
    public void Should_SayMorePointsAreBelow_When_ThePointsHaveTheFewestLinesAtSixtyByEighteen()
    {
        // Given db-neu-01's three points at the fleet's fourth noon, at 60×18, where its points had one row
        var state = DashboardWorlds.Fleet(Instant.FromUtc(2026, 5, 7, 12, 0)).Press(Keys.Tab, Keys.Tab, Keys.Down) with { OpenItem = "db-neu-01" };

        // When
        var lines = ConsoleText.Render(DashboardView.Render(state, 60, 18), 60, 18).Split('\n').Select(l => l.TrimEnd()).ToList();

        // Then under the newest point, as under every list that hides rows, a line says the others are below
        var newest = lines.FindIndex(l => l.StartsWith("› 05-06 21:53 ", StringComparison.Ordinal));
        newest.ShouldBeGreaterThan(0);
        lines[newest + 1].ShouldBe("  ↓ more (1 of 3 shown)");
        lines[newest + 2].ShouldStartWith("─ Timeline");
    }

    [Fact]
    public void Should_SayHowManyJobsTheTimelineShows_When_TheItemHasMoreThanItsRows()
    {
        // Given the deleted VM's item weeks later: more jobs, failed ones among them, than its timeline has rows
        var state = DashboardWorlds.VmDeleted(Instant.FromUtc(2026, 3, 20, 0, 0)) with { OpenItem = "vm-app-01" };

        // When
        var lines = ConsoleText.Render(DashboardView.Render(state, 100, 30), 100, 30).Split('\n');

        // Then its title says that the older ones are left out, whose days the axis still spans
        lines.ShouldContain(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^─ Timeline · \d+ of \d+ jobs · ▓ snapshot"));
    }

    [Fact]
    public void Should_LeaveOutJobsBeforeTheScalesDays_When_TheTimelineHasRowsForThem()
    {
        // Given vm-gone-01's detail as its soft delete ends, two weeks after its last backup: its eight jobs fit the
        // timeline's rows, but its scale shows only the last days, from the sixth of June
        var state = DashboardWorlds.SoftDelete(Instant.FromUtc(2026, 6, 22, 10, 0)) with { OpenItem = "vault-sea/vm-gone-01" };

        // When
        var lines = ConsoleText.Render(DashboardView.Render(state, 120, 40), 120, 40).Split('\n').Select(l => l.TrimEnd()).ToList();

        // Then only the three jobs on those days have rows, each with its bars, and the title says the others are left out
        var title = lines.FindIndex(l => l.StartsWith("─ Timeline", StringComparison.Ordinal));
        lines[title].ShouldStartWith("─ Timeline · 3 of 8 jobs · ");
        lines[title + 1].ShouldContain("┊06-06┊");
        var rows = lines.Skip(title + 2).TakeWhile(l => l.Length > 0 && !l.StartsWith('─')).ToList();
        rows.Count.ShouldBe(3);
        rows[0].ShouldStartWith("  vm-gone-01");
        rows.ShouldAllBe(row => row.Contains('█'));
    }

    [Fact]
    public void Should_KeepTheZoneOfThePointsTimesWhole_When_TheTitleIsSixtyColumns()
    {
        // Given vm-db-01's detail in the demo, whose times are in Europe/Amsterdam
        var state = DashboardWorlds.Demo(DemoLastEvening) with { OpenItem = "vm-db-01" };

        // When
        var lines = ConsoleText.Render(DashboardView.Render(state, 60, 18), 60, 18).Split('\n');

        // Then the points' title says what their times are in, whole, leaving out the order its rows show
        lines.ShouldContain(l => l.StartsWith("─ Recovery points (", StringComparison.Ordinal) && l.Contains(" · times Europe/Amsterdam ─", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_KeepThePolicysNameWhole_When_TheTitleCannotHoldItAtSixtyColumns()
    {
        // Given vm-batch-01's detail in the demo, whose title with its vault, state and policy is wider than 60 columns
        var state = DashboardWorlds.Demo(DemoLastEvening) with { OpenItem = "vm-batch-01" };

        // When
        var lines = ConsoleText.Render(DashboardView.Render(state, 60, 20), 60, 20).Split('\n');

        // Then the title keeps the item, its vault and its state, and the policy is read whole on a line of its own,
        // where "policy Def…" left a person to guess which of the vault's policies the item follows
        lines[1].ShouldStartWith("─ vm-batch-01 in contoso-vault-weu · Protected ─");
        lines[2].TrimEnd().ShouldBe("  Policy DefaultPolicy");
        lines[3].TrimEnd().ShouldBe("  Azure VM Windows · Deallocated · agent Healthy");
    }
}
