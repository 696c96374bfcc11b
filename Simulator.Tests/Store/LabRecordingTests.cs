using NodaTime;
using Simulator.Core.Jobs;
using Simulator.Core.Journal;
using Simulator.Core.Service;
using Simulator.Scenarios;
using Simulator.Scenarios.Fleets;
using Simulator.Scenarios.Model;
using Simulator.Scenarios.Parsing;
using Simulator.Store;
using Simulator.Store.Reading;
using Simulator.Store.Recording;
using Simulator.Tests.Support;
using Simulator.Tui.Cli;
using Simulator.Tests.Dashboard;
using Simulator.Tui.Dashboard;
using DashboardKeys = Simulator.Tests.Dashboard.Keys;

namespace Simulator.Tests.Store;

/// <summary><c>vaultsim tui --db</c>: a lab keeps its state between launches, and a finished one opens read-only.</summary>
public sealed partial class LabRecordingTests : IDisposable
{
    private static readonly Instant Stopped = Instant.FromUtc(2026, 3, 3, 9, 30);

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Should_ContinueWhereItStopped_WithThePeoplesActions_When_ALabIsReopened()
    {
        // Given a lab run to a time, with a Backup now taken in it, then closed
        var path = _folder.File("lab.db");
        string before;
        using (var lab = LabRecording.Start(path, BuiltInScenarios.Demo(), BuiltInScenarios.DemoText))
        {
            lab.Session.RunUntil(Stopped - Duration.FromHours(1));
            lab.Session.Perform(new ScenarioAction(ActionVerb.BackupNow) { Item = "vm-batch-01" });
            lab.Session.RunUntil(Stopped);
            before = Journal(lab);
        }

        // When
        using var reopened = LabRecording.Reopen(path);
        reopened.CatchUp();

        // Then
        reopened.IsReadOnly.ShouldBeFalse();
        reopened.Session.Simulation.Now.ShouldBe(Stopped);
        reopened.Session.Simulation.Jobs.Count(j => j.Trigger == BackupTrigger.OnDemand && j.Item.Name == "vm-batch-01").ShouldBe(1);
        Journal(reopened).ShouldBe(before);
    }

    [Fact]
    public void Should_ShowTheEventsAndNarrationThatLedThere_When_AReopenedLabIsShown()
    {
        // Given a lab shown in the dashboard, closed at a time
        var path = _folder.File("lab.db");
        string logged;
        Narration? narration;
        using (var lab = LabRecording.Start(path, BuiltInScenarios.Demo(), BuiltInScenarios.DemoText))
        {
            var shown = new DashboardWorld(lab.Session);
            lab.Session.RunUntil(Stopped);
            (logged, narration) = (JournalFormatter.Format(shown.Log.Events), shown.LastNarration);
        }

        // When it is reopened in the dashboard
        using var reopened = LabRecording.Reopen(path);
        var world = new DashboardWorld(reopened.Session);
        reopened.CatchUp();

        // Then its event log and narration are the ones it was closed with
        narration.ShouldNotBeNull();
        JournalFormatter.Format(world.Log.Events).ShouldBe(logged);
        world.LastNarration.ShouldBe(narration);
    }

    [Fact]
    public void Should_LeaveTheFileAsItWas_When_ARecordedActionIsRefusedOnReplay()
    {
        // Given a lab whose recorded action was edited to name a VM the scenario does not have
        var path = LabWhoseActionNamesAVmItDoesNotHave();
        var before = Recorded(path);

        // When
        var reopened = LabRecording.Reopen(path);
        var refused = Should.Throw<OperationRefusedException>(reopened.CatchUp);
        reopened.Dispose();

        // Then the refusal names the action, and closing did not write the half-replayed lab over the one recorded
        refused.Message.ShouldBe("Backup now on 'vm-gone' refused: it is not protected by any vault (or its backup data has been purged).");
        Recorded(path).ShouldBe(before);
    }

    [Theory]
    [InlineData("FailNextTransfer", "\"Count\":1", "\"Count\":0", "Fail next transfer on 'vm-batch-01' refused: the number of transfers to fail must be 1 or more, not 0.")]
    [InlineData("FailNextTransfer", "\"Count\":1", "\"Count\":-3", "Fail next transfer on 'vm-batch-01' refused: the number of transfers to fail must be 1 or more, not -3.")]
    [InlineData("SetThroughput", "\"Throughput\":50", "\"Throughput\":1e999", "Set throughput on 'vm-batch-01' refused: throughput must be a number of MB/s above 0, not Infinity.")]
    public void Should_RefuseTheActionAndLeaveTheFile_When_ARecordedFaultWasEditedToANumberNoScenarioWrites(string verb, string recorded, string edited, string refusal)
    {
        // Given a lab whose recorded fault was edited: where its replay crashed with the core's argument check, or
        // with the JSON writer's when the lab recorded the infinite throughput again
        var path = _folder.File("lab.db");
        using (var lab = LabRecording.Start(path, BuiltInScenarios.Demo(), BuiltInScenarios.DemoText))
        {
            lab.Session.RunUntil(Stopped - Duration.FromHours(1));
            lab.Session.Perform(new ScenarioAction(ActionVerb.FailNextTransfer) { Item = "vm-batch-01", Count = 1 });
            lab.Session.Perform(new ScenarioAction(ActionVerb.SetThroughput) { Item = "vm-batch-01", Throughput = 50 });
            lab.Session.RunUntil(Stopped);
        }

        SqliteFiles.Execute(path, $"UPDATE actions SET json = replace(json, '{recorded}', '{edited}') WHERE verb = '{verb}'");
        var before = Recorded(path);

        // When
        var reopened = LabRecording.Reopen(path);
        var refused = Should.Throw<OperationRefusedException>(reopened.CatchUp);
        reopened.Dispose();

        // Then
        refused.Message.ShouldBe(refusal);
        Recorded(path).ShouldBe(before);
    }

    [Fact]
    public void Should_ReplayAVmProtectedFromTheDashboard_When_ALabIsReopened()
    {
        // Given a lab in which vm-new-01 was protected in vault-lrs from the dashboard ("+ Backup"), then closed
        var path = _folder.File("lab.db");
        var stopped = Instant.FromUtc(2026, 4, 4, 0, 0);
        string before;
        using (var lab = LabRecording.Start(path, DashboardWorlds.ProtectableDefinition(), DashboardWorlds.ProtectableText))
        {
            var world = new DashboardWorld(lab.Session);
            world.RunUntil(DashboardWorlds.ProtectableSecondMorning);
            var state = DashboardController.Opening(world, runFile: null).Type("hje").Press(DashboardKeys.Down, DashboardKeys.Enter, DashboardKeys.Enter, DashboardKeys.Enter);
            state.Status!.IsError.ShouldBeFalse(state.Status.Text);
            lab.Session.RunUntil(stopped);
            before = Journal(lab);
        }

        // When
        using var reopened = LabRecording.Reopen(path);
        reopened.CatchUp();

        // Then the action was recorded as a configureProtection of the VM in that vault, and replayed as it was taken
        var performed = reopened.Session.PerformedActions.ShouldHaveSingleItem();
        (performed.Action.Verb, performed.Action.Item, performed.Action.Vault, performed.Action.Policy)
            .ShouldBe((ActionVerb.ConfigureProtection, "vm-new-01", "vault-lrs", "DefaultPolicy"));
        performed.At.ShouldBe(DashboardWorlds.ProtectableSecondMorning);
        var item = reopened.Session.Simulation.FindItem("vault-lrs/vm-new-01").ShouldNotBeNull();
        item.RecoveryPoints.ShouldNotBeEmpty();
        Journal(reopened).ShouldBe(before);
    }

    [Fact]
    public void Should_ReopenWhereTheClockWasLeft_When_ALabIsKilledAfterAGoToThatCrossedNoEvent()
    {
        // Given a lab just opened in the dashboard, gone to 00:00:20 (its next events are at 00:00:30), then killed
        var goneTo = Instant.FromUtc(2026, 3, 2, 0, 0, 20);
        var path = _folder.File("lab.db");
        using var lab = LabRecording.Start(path, BuiltInScenarios.Demo(), BuiltInScenarios.DemoText);
        var world = new DashboardWorld(lab.Session);
        var crossed = 0;
        lab.Session.Simulation.Journal.Subscribe(_ => crossed++);
        DashboardController.Opening(world, runFile: null).Type("g2026-03-02T00:00:20Z").Press(DashboardKeys.Enter).World.Now.ShouldBe(goneTo);
        crossed.ShouldBe(0);
        var killed = Killed(path, goneTo);

        // When
        using var reopened = LabRecording.Reopen(killed);
        reopened.CatchUp();

        // Then
        reopened.Session.Simulation.Now.ShouldBe(goneTo);
        Journal(reopened).ShouldBe(Journal(lab));
    }

    [Fact]
    public void Should_ReopenWhereTheClockWasLeftWithTheEventsOnTheWay_When_ALabIsKilledAfterAGoTo()
    {
        // Given a lab gone from its start to 03:00, past its first backups (their last events less than an hour before), then killed
        var goneTo = Instant.FromUtc(2026, 3, 2, 3, 0);
        var path = _folder.File("lab.db");
        using var lab = LabRecording.Start(path, BuiltInScenarios.Demo(), BuiltInScenarios.DemoText);
        var world = new DashboardWorld(lab.Session);
        DashboardController.Opening(world, runFile: null).Type("g+3h").Press(DashboardKeys.Enter).World.Now.ShouldBe(goneTo);
        lab.Session.Simulation.Jobs.ShouldContain(j => j.Status == JobStatus.Failed, "vm-legacy-01's backup fails at 02:59:49");
        var killed = Killed(path, goneTo);

        // When
        using var reopened = LabRecording.Reopen(killed);
        reopened.CatchUp();

        // Then
        reopened.Session.Simulation.Now.ShouldBe(goneTo);
        Journal(reopened).ShouldBe(Journal(lab));
    }

    [Fact]
    public void Should_ReopenWhereTheClockWasLeft_When_ALabIsKilledAfterAStepToTheNextEvent()
    {
        // Given a lab just opened in the dashboard, stepped to its first events ('n'), then killed
        var path = _folder.File("lab.db");
        using var lab = LabRecording.Start(path, BuiltInScenarios.Demo(), BuiltInScenarios.DemoText);
        var world = new DashboardWorld(lab.Session);
        var stepped = DashboardController.Opening(world, runFile: null).Type("n").World.Now;
        stepped.ShouldBeGreaterThan(lab.Session.Definition.Header.Start);
        var killed = Killed(path, stepped);

        // When
        using var reopened = LabRecording.Reopen(killed);
        reopened.CatchUp();

        // Then the events of that instant are there too
        reopened.Session.Simulation.Now.ShouldBe(stepped);
        Journal(reopened).ShouldBe(Journal(lab));
    }

    /// <summary>What <c>kill -9</c> leaves of the lab once its file says it reached <paramref name="reached"/>: a copy, the lab itself never closed.</summary>
    /// <remarks>A file that never says so is copied as it stands, and the reopened lab shows where it got.</remarks>
    private string Killed(string path, Instant reached)
    {
        KilledRecording.WaitFor(path, "SELECT reached FROM runs", Simulator.Store.Schema.InstantHandler.Format(reached));
        return KilledRecording.Copy(path, _folder.File("killed.db"));
    }

    /// <summary>What a run file says of its run: how far it got, its journal, jobs and items.</summary>
    private static string Recorded(string path)
    {
        using var run = RunStore.Open(path);
        return $"{run.Summary}\n{run.JournalText()}\n{string.Join('\n', run.Jobs(new Simulator.Store.Reading.JobQuery()))}\n{string.Join('\n', run.Items())}";
    }

    [Fact]
    public void Should_OpenReadOnly_When_TheLabReachedItsEnd()
    {
        var path = _folder.File("finished.db");
        using (var lab = LabRecording.Start(path, BuiltInScenarios.Demo(), BuiltInScenarios.DemoText))
        {
            lab.Session.RunToEnd();
        }

        var told = 0;
        using var reopened = LabRecording.Reopen(path, () => told++);
        reopened.CatchUp();

        told.ShouldBe(1, "the dashboard says what it opens before the replay");
        reopened.IsReadOnly.ShouldBeTrue();
        reopened.Session.IsFinished.ShouldBeTrue();
        reopened.Session.Simulation.Now.ShouldBe(reopened.Session.End);
    }

    [Fact]
    public void Should_RefuseToContinueIt_When_ALabIsReopenedWhileAnotherRecordingStillHasItsFileOpen()
    {
        // Given a lab still open in one dashboard, recording into its file
        var path = _folder.File("lab.db");
        using (var first = LabRecording.Start(path, BuiltInScenarios.Demo(), BuiltInScenarios.DemoText))
        {
            first.Session.RunUntil(Stopped - Duration.FromHours(1));

            // When a second dashboard opens the same file
            var refused = Should.Throw<RunStoreException>(() => LabRecording.Reopen(path));

            // Then it is refused, and the first lab goes on recording undisturbed
            refused.Problem.ShouldBe("the file is open in another vaultsim, most likely still recording it (a run, a benchmark or a lab); it was left untouched. Open it again once that one has finished or quit.");
            first.Session.RunUntil(Stopped);
        }

        using var reopened = LabRecording.Reopen(path);
        reopened.CatchUp();
        reopened.Session.Simulation.Now.ShouldBe(Stopped);
    }

    [Fact]
    public void Should_SayTheFileWasCutShortAndLeaveItUntouched_When_ALabFileIsTruncated()
    {
        // Given a lab stopped before its end, whose file a copy cut after its first 4 KiB
        var path = _folder.File("lab.db");
        using (var lab = LabRecording.Start(path, BuiltInScenarios.Demo(), BuiltInScenarios.DemoText))
        {
            lab.Session.RunUntil(Stopped);
        }

        var whole = new FileInfo(path).Length;
        File.WriteAllBytes(path, File.ReadAllBytes(path)[..4096]);
        var before = FileSnapshot.Of(path);

        // When
        var refused = Should.Throw<RunStoreException>(() => LabRecording.Reopen(path));

        // Then, in words rather than SQLite's "database disk image is malformed"
        refused.Problem.ShouldBe(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"the file is damaged: it was cut short, and holds 4,096 of the {whole:N0} bytes its header gives; it was left untouched. Copy the whole file again, or record the run again."));
        FileSnapshot.Of(path).ShouldBe(before);
    }

    [Fact]
    public void Should_RefuseAScenarioWithAnExistingLabFile_WithoutTouchingIt()
    {
        var path = _folder.File("lab.db");
        using (LabRecording.Start(path, BuiltInScenarios.Demo(), BuiltInScenarios.DemoText))
        {
        }

        var bytes = File.ReadAllBytes(path);

        var run = CliRun.Of("tui", Path.Combine(RepositoryFiles.Scenarios, "demo.yaml"), "--db", path);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("the file already holds a lab; leave out the scenario and --seed to continue it once no other vaultsim is recording into it, or name a new file.");
        File.ReadAllBytes(path).ShouldBe(bytes);
    }

    [Fact]
    public void Should_PointToTheReport_When_ARecordedRunIsOpenedWithNoTerminal()
    {
        // Given a recorded run
        var path = _folder.File("recorded.db");
        CliRun.Of("run", Path.Combine(RepositoryFiles.Scenarios, "demo.yaml"), "--db", path).ExitCode.ShouldBe(0);

        // When it is opened in the dashboard with input and output redirected
        var run = CliRun.Of("tui", "--db", path);

        // Then what reads it as text is named, not a scenario the person has not got to hand
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe($"vaultsim tui: the dashboard needs a terminal, and input or output is redirected. Use 'vaultsim report {path} jobs' (or items, points) to read its run as text.\n");
    }

    [Fact]
    public void Should_TakeItAsANewFile_When_AScenarioIsGivenWithAnEmptyFile()
    {
        // Given an empty file, as mktemp makes one
        var path = _folder.File("empty.db");
        File.WriteAllBytes(path, []);

        // When
        var run = CliRun.Of("tui", Path.Combine(RepositoryFiles.Scenarios, "demo.yaml"), "--db", path);

        // Then it is not refused as a file holding no run: only the missing terminal stops the lab here
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldStartWith("vaultsim tui: the dashboard needs a terminal");
        new FileInfo(path).Length.ShouldBe(0);
    }

    [Fact]
    public void Should_SayTheFileHoldsARecordedRun_When_AScenarioIsGivenWithARunFileOfRunDb()
    {
        // Given
        var path = _folder.File("run.db");
        var scenario = Path.Combine(RepositoryFiles.Scenarios, "vm-deleted.yaml");
        CliRun.Of("run", scenario, "--db", path).ExitCode.ShouldBe(0);
        var bytes = File.ReadAllBytes(path);

        // When
        var run = CliRun.Of("tui", scenario, "--db", path);

        // Then
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe($"vaultsim: --db {path}: the file already holds a recorded run (vaultsim run --db); leave out the scenario and --seed to browse it (read-only), or name a new file.\n");
        File.ReadAllBytes(path).ShouldBe(bytes);
    }

    [Fact]
    public void Should_OfferToContinueIt_When_AScenarioIsGivenWithARecordingStoppedBeforeItsEnd()
    {
        // Given a recording stopped at its start, as Ctrl+C leaves it
        var path = _folder.File("stopped.db");
        var scenario = Path.Combine(RepositoryFiles.Scenarios, "vm-deleted.yaml");
        using (var stop = new CancellationTokenSource())
        {
            stop.Cancel();
            Should.Throw<RunInterruptedException>(() => RecordedRun.Run(path, ScenarioParser.Load(scenario), File.ReadAllText(scenario), cancel: stop.Token));
        }

        // When
        var run = CliRun.Of("tui", scenario, "--db", path);

        // Then what opening it does is what LabRecording.Reopen does with it
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe($"vaultsim: --db {path}: the file already holds a recorded run (vaultsim run --db), stopped before its end; leave out the scenario and --seed to continue it once no other vaultsim is recording into it, or name a new file.\n");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Should_SayNoSuchFileAsEveryCommandDoes_When_TheScenarioIsMissing(bool withRunFile)
    {
        // Given
        var missing = _folder.File("nope.yaml");
        string[] args = withRunFile ? ["tui", missing, "--db", _folder.File("new.db")] : ["tui", missing];

        // When
        var tui = CliRun.Of(args);
        var show = CliRun.Of("show", missing);

        // Then
        tui.ExitCode.ShouldBe(2);
        tui.Error.ShouldBe($"vaultsim: {missing}: no such file or folder.\n");
        tui.Error.ShouldBe(show.Error);
        File.Exists(_folder.File("new.db")).ShouldBeFalse();
    }

    [Theory]
    [InlineData(EstatePolicy.Default)]
    [InlineData(EstatePolicy.Enhanced)]
    public void Should_RebuildTheBenchmarksEstateReadOnly_When_ItsRunFileIsOpened(EstatePolicy policy)
    {
        // Given a benchmark recorded into a run file
        var path = _folder.File("bench.db");
        var settings = new BenchSettings(Vms: 1_200, Days: 5, policy);
        var bench = BenchRunner.Run(settings, BenchRecording.Into(path, settings));

        // When
        using var reopened = LabRecording.Reopen(path);
        reopened.CatchUp();

        // Then it opens at the end, read-only, with the world the benchmark left: its vaults, items, jobs and points
        reopened.IsReadOnly.ShouldBeTrue();
        var simulation = reopened.Session.Simulation;
        simulation.Now.ShouldBe(BenchEstate.Start + Duration.FromDays(5));
        simulation.Vaults.Select(v => v.Name.Value).ShouldBe(["bench-weu-001", "bench-neu-002"]);
        simulation.Items.Count().ShouldBe(1_200);
        simulation.JobsStarted.ShouldBe(bench.Jobs + 1_200, "the benchmark counts from the end of the build, after each item's Configure backup job");
        simulation.Items.Sum(i => (long)i.RecoveryPoints.Count).ShouldBe(bench.PointsAlive);
        simulation.Engine.ProcessedEvents.ShouldBe(bench.Events);
    }

    [Fact]
    public void Should_SayItCantBeRebuilt_When_ABenchmarksStoredCommandIsUnreadable()
    {
        // Given a benchmark's run file whose stored command was altered
        var path = _folder.File("bench.db");
        var settings = new BenchSettings(Vms: 10, Days: 1, EstatePolicy.Default);
        BenchRunner.Run(settings, BenchRecording.Into(path, settings));
        SqliteFiles.Execute(path, "UPDATE runs SET scenario_text = '# A benchmark estate'");

        // When, then
        Should.Throw<RunStoreException>(() => LabRecording.Reopen(path))
            .Message.ShouldBe($"{path}: the file holds a benchmark run, but not the command that generated its estate, so it can't be rebuilt; read it with 'vaultsim report {path} jobs'.");
    }

    [Theory]
    [InlineData("--vms 5000000 --days 1", "--vms 5000000, where bench takes 1 to 1,000,000")]
    [InlineData("--vms 10 --days 0", "--days 0, where bench takes 1 to 3,650")]
    [InlineData("--vms 99999999999999999999 --days 1", "--vms 99999999999999999999, where bench takes 1 to 1,000,000")]
    public void Should_RefuseToRebuildIt_When_ABenchmarksStoredCommandAsksForASizeBenchRefuses(string sizes, string asked)
    {
        // Given a benchmark's run file whose stored command was edited to a size out of bench's range
        var path = _folder.File("bench.db");
        var settings = new BenchSettings(Vms: 10, Days: 1, EstatePolicy.Default);
        BenchRunner.Run(settings, BenchRecording.Into(path, settings));
        SqliteFiles.Execute(path, $"UPDATE runs SET scenario_text = '# A benchmark estate, generated by: vaultsim bench {sizes} --policy default'");

        // When, then: where five million VMs were built without end, and too many digits were "not the command"
        Should.Throw<RunStoreException>(() => LabRecording.Reopen(path))
            .Message.ShouldBe($"{path}: the file holds a benchmark run, but its stored command asks for {asked} (was it edited?), so it can't be rebuilt; read it with 'vaultsim report {path} jobs'.");
    }

    [Fact]
    public void Should_ExitTwoWithTheScenariosErrors_When_ALabsStoredScenarioNoLongerLoads()
    {
        // Given a finished lab whose stored scenario no longer parses
        var path = _folder.File("lab.db");
        using (var lab = LabRecording.Start(path, BuiltInScenarios.Demo(), BuiltInScenarios.DemoText))
        {
            lab.Session.RunToEnd();
        }

        SqliteFiles.Execute(path, "UPDATE runs SET scenario_text = 'scenario: ['");

        // When it is opened in the dashboard, at a terminal
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = VaultsimCli.Run(["tui", "--db", path], new CliIo(output, error, IsInteractive: true) { WallClock = TimeProvider.System });

        // Then the stored scenario's error is named by file and line, said to be the stored text's, without a stack trace, and nothing claims it opens
        code.ShouldBe(2);
        var lines = error.ToString().ReplaceLineEndings("\n").Split('\n');
        lines[0].ShouldStartWith($"vaultsim: --db {path}: its scenario, kept in the file (table 'runs', column 'scenario_text'), no longer loads");
        lines[1].ShouldStartWith("built-in:demo.yaml:1:11: not valid YAML:");
        error.ToString().ShouldNotContain("   at ");
    }

    [Fact]
    public void Should_RefuseWithoutSayingItOpensIt_When_TheDashboardIsGivenAFileThatIsNotARun()
    {
        // Given
        var path = _folder.File("notes.db");
        File.WriteAllText(path, "meeting notes");

        // When
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = VaultsimCli.Run(["tui", "--db", path], new CliIo(output, error, IsInteractive: true) { WallClock = TimeProvider.System });

        // Then
        code.ShouldBe(2);
        error.ToString().ShouldBe($"vaultsim: {path}: this is not a vaultsim run file: it is not a SQLite database; it was left untouched.\n");
        File.ReadAllText(path).ShouldBe("meeting notes");
    }

    private static string Journal(LabRecording lab)
    {
        return string.Join('\n', lab.Session.Simulation.Jobs.Select(j => $"{j.Id} {j.Status} {j.Start}"))
            + '\n' + string.Join('\n', lab.Session.Simulation.Items.SelectMany(i => i.RecoveryPoints).Select(p => $"{p.Id} {p.Item.Name} {p.Tier} {p.Time}"));
    }

    /// <summary>A closed lab whose recorded Backup now was edited to name a VM the scenario does not have.</summary>
    private string LabWhoseActionNamesAVmItDoesNotHave()
    {
        var path = _folder.File("lab.db");
        using (var lab = LabRecording.Start(path, BuiltInScenarios.Demo(), BuiltInScenarios.DemoText))
        {
            lab.Session.RunUntil(Stopped - Duration.FromHours(1));
            lab.Session.Perform(new ScenarioAction(ActionVerb.BackupNow) { Item = "vm-batch-01" });
            lab.Session.RunUntil(Stopped);
        }

        SqliteFiles.Execute(path, "UPDATE actions SET json = replace(json, 'vm-batch-01', 'vm-gone')");
        return path;
    }
}
