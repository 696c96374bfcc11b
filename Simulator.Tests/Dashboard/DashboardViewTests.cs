using Simulator.Core.Jobs;
using Simulator.Core.Protection;
using Simulator.Tests.Support;
using Simulator.Tui.Dashboard;
using Simulator.Tui.Dashboard.Views;
using Spectre.Console;

namespace Simulator.Tests.Dashboard;

/// <summary>Whole screens rendered to text at fixed sizes and compared with golden files.</summary>
public sealed partial class DashboardViewTests
{
    [Theory]
    [InlineData(80, 24)]
    [InlineData(120, 40)]
    public void Should_ShowVaultItemsAndJobPhases_When_TheDemoRuns(int width, int height)
    {
        // Given
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning);

        // When
        var screen = ConsoleText.Render(DashboardView.Render(state, width, height), width, height);

        // Then
        Golden.Verify($"demo-main-{width}x{height}", screen);
    }

    [Fact]
    public void Should_ShowASkippedTransferWhileTheEarlierOneRuns_When_TransfersOverlap()
    {
        // Given
        var state = DashboardWorlds.Overlap(DashboardWorlds.OverlapSecondMorning);

        // When
        var screen = ConsoleText.Render(DashboardView.Render(state, 120, 40), 120, 40);

        // Then
        var jobs = screen.Split('\n').Where(line => line.Contains("Backup ", StringComparison.Ordinal)).ToList();
        jobs[0].ShouldContain("Skipped");
        jobs[1].ShouldContain("In progress");
        Golden.Verify("overlap-main-120x40", screen);
    }

    [Fact]
    public void Should_SayTheLastJobKeptASnapshotOnly_When_ItCompletedWhileTheInitialBackupIsPending()
    {
        // Given vm-big-01's second job, completed with its transfer skipped behind the first backup's (decision D5)
        var state = DashboardWorlds.Overlap(DashboardWorlds.OverlapSecondMorning) with { OpenItem = "vm-big-01" };

        // When
        var lines = PlainLines(state, 120, 40);

        // Then the time is that job's, not the pending warning's
        lines.ShouldContain(line => line.StartsWith("  Last backup Warning (Initial backup pending) · last job ended 01-06 ", StringComparison.Ordinal)
            && line.Contains(", snapshot only · health IRPending", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_SayTheTransferWasCancelledToo_When_AJobWasCancelledAtItsSnapshot()
    {
        // Given an on-demand backup of vm-web-01, cancelled while it takes its snapshot
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning);
        var simulation = state.World.Simulation;
        simulation.CancelJob(simulation.BackupNow(simulation.FindItem("vm-web-01")!));

        // When
        var screen = ConsoleText.Render(DashboardView.Render(state, 120, 40), 120, 40);

        // Then its row is finished throughout, its transfer ending as its snapshot did, with nothing left waiting
        var row = screen.Split('\n').Single(line => line.Contains("Backup now vm-web-01", StringComparison.Ordinal));
        row.ShouldContain("Cancelled     Cancelled   Cancelled");
        row.ShouldNotContain("Waiting");
    }

    [Fact]
    public void Should_ShowBackupDisabledAndNoPolicy_When_ProtectionIsStoppedRetainingForever()
    {
        // Given vm-web-01 stopped retaining its data forever, and vm-db-01 retaining it as per policy (domain.md §5.1–5.2)
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoSecondNoon);
        var simulation = state.World.Simulation;
        simulation.StopProtection(simulation.FindItem("vm-web-01")!, StopProtectionMode.RetainForever);
        simulation.StopProtection(simulation.FindItem("vm-db-01")!, StopProtectionMode.RetainAsPerPolicy);

        // When
        var list = PlainLines(state, 120, 40);
        var detail = PlainLines(state with { OpenItem = "vm-web-01" }, 120, 40);

        // Then both read as the portal shows them; only the retain-forever stop loses its policy
        Row(list, "vm-web-01").ShouldContain("ProtectionStopped Warning (Backup disabled)");
        Row(list, "vm-web-01").ShouldNotContain("DefaultPolicy");
        Row(list, "vm-db-01").ShouldContain("BackupsSuspended  Warning (Backup disabled)");
        Row(list, "vm-db-01").ShouldContain("DefaultPolicy");
        Row(list, "vm-batch-01").ShouldNotContain("Warning (Backup disabled)");
        detail.ShouldContain(line => line.Contains("vm-web-01 in contoso-vault-weu · ProtectionStopped · no policy attached ·", StringComparison.Ordinal));
        detail.ShouldContain(line => line.StartsWith("  Last backup Warning (Backup disabled) at ", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_ShowPointsKept_When_RetentionStoppedWithProtection()
    {
        // Given vm-web-01 stopped retaining its data forever: nothing expires (decision D4); vm-db-01 retains as per policy
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoSecondNoon);
        var simulation = state.World.Simulation;
        simulation.StopProtection(simulation.FindItem("vm-web-01")!, StopProtectionMode.RetainForever);
        simulation.StopProtection(simulation.FindItem("vm-db-01")!, StopProtectionMode.RetainAsPerPolicy);

        // When
        var forever = PlainLines(state with { OpenItem = "vm-web-01" }, 120, 40).Where(l => l.Contains("Snapshot+Vault", StringComparison.Ordinal)).ToList();
        var perPolicy = PlainLines(state with { OpenItem = "vm-db-01" }, 120, 40).Where(l => l.Contains("App-consistent", StringComparison.Ordinal) || l.Contains("FS-consistent", StringComparison.Ordinal)).ToList();

        // Then the policy's dates show only where they still apply. As per policy, no newer point will replace the
        // newest, so decision D3 keeps it with its snapshot, and the newest vault copy behind it, snapshot-only as it is
        forever.ShouldNotBeEmpty();
        forever.ShouldAllBe(l => l.EndsWith("kept          kept", StringComparison.Ordinal));
        perPolicy.Count.ShouldBeGreaterThanOrEqualTo(2);
        perPolicy[0].ShouldEndWith("Snapshot       FS-consistent    Daily    kept          —");
        perPolicy[1].ShouldEndWith("Snapshot+Vault FS-consistent    Daily    03-04 04:44   kept");
        perPolicy.Skip(2).ShouldAllBe(l => !l.Contains("kept", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_TellTheSelectedJobsError_When_TheJobListHasTheFocus()
    {
        // Given the jobs listed, with the cursor on vm-legacy-01's failed backup
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning) with { Focus = Pane.Jobs };
        var failed = JobQuery.Jobs(state).ToList().FindIndex(j => j.Item.Name == "vm-legacy-01");
        state = state with { JobCursor = failed };

        // When
        var screen = ConsoleText.Render(DashboardView.Render(state, 120, 40), 120, 40);

        // Then under the rows the job is told whole: its ID, and its error, which no column has room for
        var job = JobQuery.Jobs(state)[failed];
        screen.ShouldContain($"\n  Backup of vm-legacy-01: Failed · started 03-02 03:49 · ended 03-02 03:59 · job {job.Id}\n");
        screen.ShouldContain("\n  UserErrorGuestAgentStatusUnavailable: The VM agent cannot communicate with Azure Backup. Make sure the agent is\n  installed, running and up to date.");
        var narrow = ConsoleText.Render(DashboardView.Render(state, 80, 24), 80, 24);
        narrow.ShouldContain($"  Backup of vm-legacy-01: Failed · started 03-02 03:49 · ended 03-02 03:59 ·\n  job {job.Id}\n");
        narrow.ShouldContain("\n  UserErrorGuestAgentStatusUnavailable: The VM agent cannot communicate with\n  Azure Backup.");
        Golden.Verify("demo-job-detail-120x40", screen);
    }

    [Fact]
    public void Should_ShowARefusalWhole_When_ItIsLongerThanALine()
    {
        // Given a Backup now refused on a stopped item, its reason longer than an 80-column line
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning).Type("s").Press(Keys.Enter, Keys.Enter).WaitForOperation().Type("b");

        // When
        var lines = PlainLines(state, 80, 24);

        // Then it goes on to a second line rather than being cut
        var first = Array.FindIndex(lines, l => l.StartsWith("✗ Backup now refused: ", StringComparison.Ordinal));
        first.ShouldBeGreaterThan(0);
        (lines[first] + " " + lines[first + 1].Trim()).ShouldEndWith("on-demand backups need active protection. Resume protection first.");
    }

    [Fact]
    public void Should_KeepItemNamesWhole_When_TheWindowIsAtItsNarrowest()
    {
        // Given the smallest window the dashboard draws, whose item list can't hold every column, nor the portal's longest status
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning);

        // When
        var lines = PlainLines(state, 60, 18);

        // Then the columns that may go gave way, and the protection column its blank cells, so that the names and the
        // status both read whole, where the status read "Warning (Initial backup pe…"
        Row(lines, "vm-batch-01").ShouldBe("› vm-batch-01  IRPending    Warning (Initial backup pending)");
    }

    [Fact]
    public void Should_DrawTheOverlapOnTheTimeline_When_TheTimelineIsShown()
    {
        var state = DashboardWorlds.Overlap(DashboardWorlds.OverlapSecondMorning) with { ShowTimeline = true };

        var screen = ConsoleText.Render(DashboardView.Render(state, 80, 24), 80, 24);

        Golden.Verify("overlap-timeline-80x24", screen);
    }

    [Theory]
    [InlineData(60, 18, false)]
    [InlineData(80, 24, false)]
    [InlineData(120, 40, false)]
    [InlineData(60, 20, true)]
    [InlineData(120, 40, true)]
    public void Should_SayTheCrossIsAFailedOrCancelledPhase_When_ASnapshotWasCancelled(int width, int height, bool detail)
    {
        // Given vm-db-01's second backup cancelled while it takes its snapshot, its row under the timeline's cursor
        var secondSnapshot = NodaTime.Instant.FromUtc(2026, 3, 3, 2, 55);
        var state = DashboardWorlds.Demo(secondSnapshot).Type("t").Press(Keys.Tab).Type("jj").Type("c").Press(Keys.Enter);
        state.World.Simulation.Jobs.Where(job => job.IsBackup && job.Item.Name == "vm-db-01").ElementAt(1).Status.ShouldBe(JobStatus.Cancelled);
        state = detail ? state with { OpenItem = "vm-db-01" } : state;

        // When
        var lines = PlainLines(state, width, height);

        // Then its snapshot ends in ✗, and the legend, whole on the title at any width, says what ✗ means
        var title = lines.Single(line => line.StartsWith("─ Timeline", StringComparison.Ordinal));
        title.ShouldContain(" ✗ failed or cancelled ─");
        var rows = lines.SkipWhile(line => line != title).Skip(2).TakeWhile(line => !line.StartsWith('─'));
        rows.ShouldContain(row => row.Contains('✗'));
    }

    [Fact]
    public void Should_DrawOneCrossAndNoTransfer_When_AJobWasCancelledAtItsSnapshot()
    {
        // Given vm-db-01's second backup cancelled while it takes its snapshot, so that its transfer ends Cancelled
        // too without ever running
        var secondSnapshot = NodaTime.Instant.FromUtc(2026, 3, 3, 2, 55);
        var state = DashboardWorlds.Demo(secondSnapshot).Type("t").Press(Keys.Tab).Type("jj").Type("c").Press(Keys.Enter);
        state.World.Simulation.Jobs.Where(job => job.IsBackup && job.Item.Name == "vm-db-01").ElementAt(1).Status.ShouldBe(JobStatus.Cancelled);

        // When
        var lines = PlainLines(state, 120, 40);

        // Then its row, under the cursor, ends in the snapshot's one cross, with no transfer drawn or crossed after it
        var title = lines.Single(line => line.StartsWith("─ Timeline", StringComparison.Ordinal));
        var row = lines.SkipWhile(line => line != title).Skip(2).TakeWhile(line => !line.StartsWith('─')).Single(line => line.StartsWith('›'));
        row.Count(c => c == '✗').ShouldBe(1);
        row.ShouldNotContain("█");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Should_EndAMarsTransferInACross_When_ItWasCancelledMidTransfer(bool detail)
    {
        // Given fs-contoso-01's first backup, a MARS job of one phase, cancelled half an hour into its transfer
        var midFirstTransfer = NodaTime.Instant.FromUtc(2026, 2, 23, 12, 30);
        var state = DashboardWorlds.Mars(midFirstTransfer) with { ShowTimeline = true };
        var simulation = state.World.Simulation;
        simulation.CancelJob(simulation.Jobs.Single(job => job.IsBackup && job.Status == JobStatus.InProgress));
        state = detail ? state with { OpenItem = "fs-contoso-01" } : state;

        // When
        var lines = PlainLines(state, 120, 40);

        // Then its row ends in ✗ where the transfer stopped, as a VM's cancelled snapshot does
        var title = lines.Single(line => line.StartsWith("─ Timeline", StringComparison.Ordinal));
        var row = lines.SkipWhile(line => line != title).Skip(2).First();
        row.ShouldStartWith("  fs-contoso-01");
        row.TrimEnd().ShouldEndWith("✗");
    }

    [Fact]
    public void Should_CountOneRowInTheSingular_When_TheTimelineHasOneRow()
    {
        // Given fs-contoso-01, the MARS world's only item, during its first backup: one job, one row
        var state = DashboardWorlds.Mars(NodaTime.Instant.FromUtc(2026, 2, 23, 12, 30)) with { ShowTimeline = true };

        // When
        var lines = PlainLines(state, 120, 40);

        // Then
        lines.Single(line => line.StartsWith("─ Timeline", StringComparison.Ordinal)).ShouldStartWith("─ Timeline (1 row) · ");
    }

    [Fact]
    public void Should_NameTheItemOnTheTopRow_When_TheTimelineIsScrolledPastTheItemsFirstRows()
    {
        // Given the timeline of the demo's second day on a window that shows three of its rows, the cursor on
        // vm-web-01's Backup now: the top row is vm-legacy-01's second job, its first is scrolled off
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoSecondNoon) with { ShowTimeline = true, Focus = Pane.Jobs };
        state = state with { JobCursor = TimelineRows.Count(state) - 2 };

        // When
        var lines = PlainLines(state, 60, 20);

        // Then the row under the day axis says whose job it is
        var axis = Array.FindIndex(lines, line => line.TrimStart().StartsWith('┊'));
        lines[axis + 1].ShouldStartWith("  vm-legacy-01 ");
        lines[axis + 2].ShouldStartWith("  vm-web-01 ");
        lines[axis + 3].ShouldStartWith("›   backup now ");
    }

    [Fact]
    public void Should_ShowRecoveryPointsNextRunsAndTimeline_When_AnItemIsOpen()
    {
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoSecondNoon) with { OpenItem = "vm-db-01" };

        var screen = ConsoleText.Render(DashboardView.Render(state, 120, 40), 120, 40);

        Golden.Verify("demo-detail-120x40", screen);
    }

    [Fact]
    public void Should_ListTheKeysOfTheMainScreen_When_HelpIsOpen()
    {
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning).Type("?");

        var screen = ConsoleText.Render(DashboardView.Render(state, 80, 24), 80, 24);

        // Two columns on 80: every description still fits whole
        screen.ShouldContain("Open: points, runs, timeline");
        screen.ShouldContain("Quit, restoring the terminal");
        Golden.Verify("demo-help-80x24", screen);
    }

    [Fact]
    public void Should_SayEscGoesBackToTheLists_When_HelpIsOpenedOnTheDetail()
    {
        // Given help opened on an item's detail, where Esc closes the item and leaves the filter as it is
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning).Press(Keys.Enter).Type("?");

        // When
        var lines = PlainLines(state, 120, 40);

        // Then
        lines.ShouldContain(line => line.StartsWith(" Esc ← h ", StringComparison.Ordinal) && line.TrimEnd().EndsWith(" Back to the lists", StringComparison.Ordinal));
        lines.ShouldNotContain(line => line.Contains("clear the filter", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_OfferBothKeysOfEachAnswerYesFirst_When_AConfirmationIsOpen()
    {
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning).Type("a");

        var screen = ConsoleText.Render(DashboardView.Render(state, 120, 40), 120, 40);

        screen.ShouldContain("Enter or y confirms; Esc or n cancels");
        screen.TrimEnd().Split('\n')[^1].TrimEnd().ShouldBe("Enter/y confirm Esc/n cancel Ctrl+C quit");
    }

    [Fact]
    public void Should_AskForTheTypedName_When_StopProtectionDeletesData()
    {
        // At noon, when the night's backups are over (deleting while one runs is refused before the name is asked)
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoSecondNoon).Type("s").Press(Keys.Down, Keys.Down, Keys.Enter).Type("vm-bat");

        var screen = ConsoleText.Render(DashboardView.Render(state, 80, 24), 80, 24);

        Golden.Verify("demo-typed-name-80x24", screen);
    }

    [Fact]
    public void Should_KeepTheJobInView_When_ItsCancellationIsBeingConfirmed()
    {
        // Given the job list's first job, a backup taking its snapshot
        var jobs = DashboardWorlds.Demo(DashboardWorlds.DemoFirstSnapshot).Press(Keys.Tab);

        // When its cancellation is asked for
        var asked = jobs.Type("c");

        // Then the question is above the job list, which still shows that job
        var title = asked.Overlay.ShouldBeOfType<PromptOverlay>().Title;
        var lines = PlainLines(asked, 120, 40);
        var question = Array.FindIndex(lines, line => line.Contains(title, StringComparison.Ordinal));
        var list = Array.FindIndex(lines, line => line.StartsWith("─ Jobs (", StringComparison.Ordinal));
        question.ShouldBeGreaterThan(0);
        list.ShouldBeGreaterThan(question);
        lines[list + 2].ShouldStartWith("› Backup");
    }

    [Fact]
    public void Should_SayTheWindowIsTooSmall_When_ItIsBelowTheMinimum()
    {
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning);

        var screen = ConsoleText.Render(DashboardView.Render(state, 50, 12), 50, 12);

        screen.Split('\n').Length.ShouldBe(12);
        screen.TrimEnd('\n').ShouldBe("""
            Window too small
            50×12; need 60×18
            Enlarge it, or press q
            """);
    }

    [Fact]
    public void Should_NameCtrlCAsTheWayOut_When_TheWindowIsTooSmallWhileAPromptTakesText()
    {
        // Given the go-to prompt open, where q is typed into the answer rather than quitting
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning).Type("g");

        // When the window is too small to show it
        var screen = ConsoleText.Render(DashboardView.Render(state, 50, 12), 50, 12);

        // Then the way out it offers is the key that quits there
        screen.TrimEnd('\n').ShouldBe("""
            Window too small
            50×12; need 60×18
            Enlarge it, or press Ctrl+C
            """);
    }

    [Theory]
    [InlineData(60, 18)]
    [InlineData(80, 24)]
    [InlineData(120, 40)]
    [InlineData(200, 60)]
    public void Should_FillTheWindowExactly_When_RenderedAtAnySize(int width, int height)
    {
        var states = new[]
        {
            DashboardWorlds.Demo(DashboardWorlds.DemoSecondNoon),
            DashboardWorlds.Demo(DashboardWorlds.DemoSecondNoon) with { OpenItem = "vm-web-01" },
            DashboardWorlds.Demo(DashboardWorlds.DemoSecondNoon) with { ShowTimeline = true },
        };

        foreach (var state in states)
        {
            var lines = PlainLines(state, width, height);

            lines.Length.ShouldBe(height);
            lines.ShouldAllBe(line => line.Length <= width);
        }
    }

    [Fact]
    public void Should_KeepEveryLineWithinTheWindow_When_AFilterHoldsWideCharacters()
    {
        // Given a filter typed in characters a terminal draws two cells wide
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoSecondNoon).Type("/漢字漢字").Press(Keys.Enter);

        // When
        var lines = PlainLines(state, 120, 40);

        // Then the title naming it ends at the window's edge instead of spilling onto a line of its own and pushing the
        // footer off the screen
        lines.Length.ShouldBe(40);
        lines.ShouldAllBe(line => line.GetCellWidth() <= 120);
        lines.ShouldContain(line => line.StartsWith("─ Protected items (0) · sort: Name · filter '漢字漢字' · times Europe/Amsterdam ─", StringComparison.Ordinal));
        lines[^1].ShouldContain("q quit");
    }

    /// <summary>The item's row of the items pane, the one line that starts with its name (after the cursor's gutter).</summary>
    private static string Row(string[] lines, string item) => lines.Single(line => line.Length > 2 && line[2..].StartsWith($"{item} ", StringComparison.Ordinal));

    private static string[] PlainLines(DashboardState state, int width, int height) =>
        ConsoleText.Render(DashboardView.Render(state, width, height), width, height).Split('\n');
}
