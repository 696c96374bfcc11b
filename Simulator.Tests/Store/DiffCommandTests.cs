using Simulator.Tests.Support;

namespace Simulator.Tests.Store;

public sealed class DiffCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Record(string name, Func<string, string>? change = null)
    {
        var scenario = _folder.File(name + ".yaml");
        File.WriteAllText(scenario, (change ?? (t => t))(File.ReadAllText(StoreScenarios.Fleet)));
        var db = _folder.File(name + ".db");
        CliRun.Of("run", scenario, "--db", db).ExitCode.ShouldBe(0);
        return db;
    }

    /// <summary>A run of one VM, three days long unless <paramref name="duration"/> says otherwise.</summary>
    private string RecordOneVm(string name, string duration = "duration: 3d")
    {
        var scenario = _folder.File(name + ".yaml");
        File.WriteAllText(scenario, $"""
            name: one-vm
            seed: 3
            start: 2026-01-01T00:00:00Z
            {duration}
            vaults:
              - name: vault-a
                region: westeurope
            vms:
              - name: vm-1
                region: westeurope
                vault: vault-a
            """);
        var db = _folder.File(name + ".db");
        CliRun.Of("run", scenario, "--db", db).ExitCode.ShouldBe(0);
        return db;
    }

    /// <summary>A bundled scenario recorded as it is (A) and with <paramref name="find"/> made <paramref name="replace"/> (B), whose own checks then fail <paramref name="because"/>.</summary>
    private (string A, string B) RecordBundled(string scenario, string find, string replace, string because)
    {
        var path = Path.Combine(RepositoryFiles.Scenarios, scenario);
        var changed = _folder.File("changed.yaml");
        File.WriteAllText(changed, File.ReadAllText(path).Replace(find, replace, StringComparison.Ordinal));
        var (a, b) = (_folder.File("a.db"), _folder.File("b.db"));
        CliRun.Of("run", path, "--db", a).ExitCode.ShouldBe(0);
        CliRun.Of("run", changed, "--db", b).ExitCode.ShouldBe(1, because);
        return (a, b);
    }

    private static string Body(string output) => string.Join('\n', output.Split('\n').Skip(2));

    [Fact]
    public void Should_SayHowFarARunWent_When_ItWasStoppedByUntil()
    {
        // Given a run of three days stopped after one
        var scenario = _folder.File("short.yaml");
        File.WriteAllText(scenario, File.ReadAllText(StoreScenarios.Fleet));
        var stopped = _folder.File("stopped.db");
        CliRun.Of("run", scenario, "--db", stopped, "--until", "+1d").ExitCode.ShouldBe(0);
        var whole = Record("whole");

        // When
        var diff = CliRun.Of("diff", stopped, whole);

        // Then
        diff.Out.ShouldStartWith($"A  {stopped}: 'store-fleet' seed 7, 2026-02-02T00:00:00Z to 2026-02-03T00:00:00Z, stopped by --until, before the scenario's end at 2026-02-06T00:00:00Z\n"
            + $"B  {whole}: 'store-fleet' seed 7, 2026-02-02T00:00:00Z to 2026-02-06T00:00:00Z, complete\n");
    }

    [Fact]
    public void Should_SayBothItems_When_TwoRunsOfTwoItemsAreIdentical()
    {
        // Given two runs of a scenario with two items
        var scenario = Path.Combine(RepositoryFiles.Scenarios, "stop-delete-soft-delete-undelete.yaml");
        var (a, b) = (_folder.File("a.db"), _folder.File("b.db"));
        CliRun.Of("run", scenario, "--db", a).ExitCode.ShouldBe(0);
        CliRun.Of("run", scenario, "--db", b).ExitCode.ShouldBe(0);

        // When
        var diff = CliRun.Of("diff", a, b);

        // Then
        diff.ExitCode.ShouldBe(0);
        Body(diff.Out).ShouldBe("\nThe runs are identical in what diff compares: the same jobs by operation and outcome, errors and the time they took, points kept and their expiries, and storage (231.868 GB) for both items. When the jobs started and the items' states are not compared: 'report FILE jobs' and 'report FILE items' list them.\n");
    }

    [Fact]
    public void Should_SayPlainlyTheRunsAreIdentical_When_TheyComeOutTheSame()
    {
        // Given
        var a = Record("a");
        var b = Record("b");

        // When
        var diff = CliRun.Of("diff", a, b);

        // Then
        diff.ExitCode.ShouldBe(0);
        diff.Out.ShouldStartWith($"A  {a}: 'store-fleet' seed 7, 2026-02-02T00:00:00Z to 2026-02-06T00:00:00Z, complete\nB  {b}: ");
        Body(diff.Out).ShouldBe("\nThe runs are identical in what diff compares: the same jobs by operation and outcome, errors and the time they took, points kept and their expiries, and storage (804.006 GB) for all 16 items. When the jobs started and the items' states are not compared: 'report FILE jobs' and 'report FILE items' list them.\n");
    }

    [Fact]
    public void Should_CompareEachVaultsItemOnItsOwn_When_AVmWasReconfiguredInAnotherVault()
    {
        // Given two runs of the move from GRS to LRS, B keeping the old vault's points forever instead of as per policy
        var (a, b) = RecordBundled("reconfigure-alternate-vault.yaml", "mode: retainAsPerPolicy", "mode: retainForever", because: "its checks of the old vault's expiries fail");

        // When
        var diff = CliRun.Of("diff", a, b);

        // Then only the old vault's item differs; the new vault's is the same. A's one point left holds the VM's full
        // 400 GB, as the full copy's blocks passed to it when the full copy expired (domain.md §5.4). The newest point
        // both keep past its date, for another reason each: as the newest (D3), and while protection is stopped (D4)
        diff.ExitCode.ShouldBe(1);
        Body(diff.Out).ShouldBe("""

            vault-grs/vm-erp-01
              points   SnapshotAndVaultStandard 1 -> 2, VaultStandard 0 -> 8
              times    point of 2026-04-01T02:36:23Z in B alone (and 8 more points)
              expiry   point of 2026-04-10T03:38:18Z: kept (newest point) -> kept (protection stopped)
              storage  400 GB -> 472.344 GB

            1 of 2 items differs; the other is the same. Storage used in all: 1032.045 GB -> 1104.389 GB.

            """);
    }

    [Fact]
    public void Should_MatchEachVmByItsName_When_TheRunsNameTheirVaultsDifferently()
    {
        // Given the same fleet recorded twice, its vault renamed in the second run
        var a = Record("a");
        var b = Record("b", text => text.Replace("vault-store", "vault-copy", StringComparison.Ordinal));

        // When
        var diff = CliRun.Of("diff", a, b);

        // Then each VM is compared with itself, not listed as only in A and again as only in B
        diff.Out.ShouldNotContain("only in");
        diff.Out.ShouldNotContain("vault-store/");
        diff.Out.ShouldContain("of 16 items differ");
    }

    [Fact]
    public void Should_ShowJobsPointsAndStorageOfTheItemThatDiffers_When_OneVmLosesItsAgent()
    {
        // Given
        var a = Record("a");
        var b = Record("b", text => text.Replace("  - name: вм-01\n    vault: vault-store\n", "  - name: вм-01\n    vault: vault-store\n    agent: Missing\n", StringComparison.Ordinal));

        // When
        var diff = CliRun.Of("diff", a, b);

        // Then
        diff.ExitCode.ShouldBe(1);
        Body(diff.Out).ShouldBe("""

            вм-01
              jobs     Completed 6 -> 1, Failed 0 -> 5
              errors   UserErrorGuestAgentStatusUnavailable 0 -> 5
              job time 1:08:22 -> 0:50:30
              points   SnapshotAndVaultStandard 2 -> 0, VaultStandard 3 -> 0
              tags     Daily 4 -> 0, OnDemand 1 -> 0
              storage  52.178 GB -> 0 GB

            1 of 16 items differs; the other 15 are the same. Storage used in all: 804.006 GB -> 751.829 GB.

            """);
    }

    [Fact]
    public void Should_TellTheJobTime_When_OneVmsTransfersAreSlower()
    {
        // Given B's вм-01 sending its data at a quarter of its usual speed: as many jobs, points and storage
        var a = Record("a");
        var b = Record("b", text => text.Replace("  - name: вм-01\n    vault: vault-store\n", "  - name: вм-01\n    vault: vault-store\n    throughputMBps: 10\n", StringComparison.Ordinal));

        // When
        var diff = CliRun.Of("diff", a, b);

        // Then the runs differ, and only in the time its jobs took
        diff.ExitCode.ShouldBe(1, diff.Out);
        Body(diff.Out).ShouldStartWith("\nвм-01\n  job time ");
        Body(diff.Out).ShouldContain("1 of 16 items differs");
    }

    [Fact]
    public void Should_GiveEachItemThatDiffersWithItsLinesByKey_When_TheOutputIsJson()
    {
        // Given B's вм-01 without its agent, its transfers slower too
        var a = Record("a");
        var b = Record("b", text => text.Replace("  - name: вм-01\n    vault: vault-store\n", "  - name: вм-01\n    vault: vault-store\n    agent: Missing\n", StringComparison.Ordinal));
        var table = CliRun.Of("diff", a, b);

        // When
        var diff = CliRun.Of("diff", a, b, "-o", "json");

        // Then the same findings, in the table's words, keyed by what differs; and the same exit code
        diff.ExitCode.ShouldBe(1);
        diff.ExitCode.ShouldBe(table.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(diff.Out);
        var root = json.RootElement;
        root.GetProperty("identical").GetBoolean().ShouldBeFalse();
        root.GetProperty("items").GetInt32().ShouldBe(16);
        root.GetProperty("a").GetProperty("file").GetString().ShouldBe(a);
        root.GetProperty("b").GetProperty("status").GetString().ShouldBe("complete");
        var item = root.GetProperty("differing").EnumerateArray().ShouldHaveSingleItem();
        item.GetProperty("item").GetString().ShouldBe("вм-01");
        item.GetProperty("jobs").GetString().ShouldBe("Completed 6 -> 1, Failed 0 -> 5");
        item.GetProperty("errors").GetString().ShouldBe("UserErrorGuestAgentStatusUnavailable 0 -> 5");
        item.GetProperty("jobTime").GetString().ShouldBe("1:08:22 -> 0:50:30");
        root.GetProperty("storageGb").GetProperty("b").GetDouble().ShouldBe(751.829);
    }

    [Fact]
    public void Should_SayWhichRunAloneHasAnItem_When_TheOutputIsJson()
    {
        // Given B without вм-01
        var a = Record("a");
        var b = Record("b", text => text.Replace("item: вм-01", "item: web-01", StringComparison.Ordinal).Replace("  - name: вм-01\n    vault: vault-store\n    usedGb: 40\n", string.Empty, StringComparison.Ordinal));

        // When
        var diff = CliRun.Of("diff", a, b, "--output", "json");

        // Then
        using var json = System.Text.Json.JsonDocument.Parse(diff.Out);
        var item = json.RootElement.GetProperty("differing").EnumerateArray().Single(i => i.GetProperty("item").GetString() == "вм-01");
        item.GetProperty("onlyIn").GetString().ShouldBe("A");
    }

    [Fact]
    public void Should_RefuseAFormatItDoesNotWrite_BeforeReadingTheRuns()
    {
        // Given two names that are not even files
        // When
        var diff = CliRun.Of("diff", "missing-a.db", "missing-b.db", "-o", "xml");

        // Then the format is told, not the files
        diff.ExitCode.ShouldBe(2);
        diff.Error.ShouldContain("--output");
        diff.Error.ShouldNotContain("missing-a.db");
    }

    [Fact]
    public void Should_SpeakOfOneItemInTheSingular_When_TheRunsAreIdenticalWithOneItem()
    {
        // Given
        var a = RecordOneVm("a");
        var b = RecordOneVm("b");

        // When
        var diff = CliRun.Of("diff", a, b);

        // Then
        diff.ExitCode.ShouldBe(0);
        Body(diff.Out).ShouldStartWith("\nThe runs are identical in what diff compares: the same jobs by operation and outcome, errors and the time they took, points kept and their expiries, and storage (");
        Body(diff.Out).ShouldEndWith(") for the one item. When the jobs started and the items' states are not compared: 'report FILE jobs' and 'report FILE items' list them.\n");
    }

    [Fact]
    public void Should_SayWhichPointsOnlyOneRunKept_When_ABackupNowMovesByAnHour()
    {
        // Given: the same points by tier and tag, and the same storage; only the on-demand point's time differs
        static string BackupNowAt(string time) => $"duration: 3d\ntimeline:\n  - at: {time}\n    do: backupNow\n    item: vm-1";
        var a = RecordOneVm("a", BackupNowAt("2026-01-02T12:00:00Z"));
        var b = RecordOneVm("b", BackupNowAt("2026-01-02T13:00:00Z"));

        // When
        var diff = CliRun.Of("diff", a, b);

        // Then
        diff.ExitCode.ShouldBe(1);
        Body(diff.Out).ShouldBe("""

            vm-1
              times    point of 2026-01-02T12:00:00Z in A alone, point of 2026-01-02T13:00:00Z in B alone

            1 of 1 item differs. Storage used in all: 136.069 GB -> 136.069 GB.

            """);
    }

    [Fact]
    public void Should_SayWhichPointOnlyOneRunKept_When_AnotherTiersCountAlsoDiffers()
    {
        // Given protection stopped on 10 May, retaining forever in A and as per policy in B, both stopped on 1 June:
        // B let its oldest point (1 May, 30 days) go and a snapshot expire, so its VaultStandard count stays A's
        var scenario = File.ReadAllText(Path.Combine(RepositoryFiles.Scenarios, "stop-retain-then-resume.yaml"));
        string RecordStopped(string name, string mode)
        {
            var file = _folder.File(name + ".yaml");
            File.WriteAllText(file, scenario.Replace("mode: retainForever", mode, StringComparison.Ordinal));
            var db = _folder.File(name + ".db");
            CliRun.Of("run", file, "--db", db, "--until", "2026-06-01T00:00:00Z").ExitCode.ShouldBe(0);
            return db;
        }

        var (a, b) = (RecordStopped("a", "mode: retainForever"), RecordStopped("b", "mode: retainAsPerPolicy"));

        // When
        var diff = CliRun.Of("diff", a, b);

        // Then the point of 1 May, which only A still keeps, is named, not left to a count of snapshots
        diff.ExitCode.ShouldBe(1);
        Body(diff.Out).ShouldBe("""

            vm-api-01
              points   SnapshotAndVaultStandard 2 -> 1
              times    point of 2026-05-01T03:49:10Z in A alone
              expiry   point of 2026-05-02T02:09:45Z: kept (protection stopped) -> 2026-06-01T02:09:45Z, and 8 more points both runs kept
              storage  163.743 GB -> 160.019 GB

            1 of 1 item differs. Storage used in all: 163.743 GB -> 160.019 GB.

            """);
    }

    [Fact]
    public void Should_SayWhenAnItemsBackupDataWasPurged_When_OnlyOneRunDeletedIt()
    {
        // Given protection stopped on 8 June, deleting the data in A (purged once its 14 days of soft delete end) and
        // retaining it forever in B
        var (a, b) = RecordBundled("stop-delete-soft-delete-undelete.yaml", "mode: deleteData", "mode: retainForever", because: "its checks of the soft delete fail");

        // When
        var diff = CliRun.Of("diff", a, b);

        // Then A's empty item is told as purged, as report tells it, not only as points and storage gone; and the job
        // that stopped its protection as what it did, deleting the data in A and only disabling backup in B
        diff.ExitCode.ShouldBe(1);
        diff.Out.ShouldContain("""

            vm-gone-01
              purged   2026-06-22T10:00:30Z -> not purged
              job ops  DeleteBackupData 1 -> 0, DisableBackup 0 -> 1
              points   SnapshotAndVaultStandard 0 -> 2, VaultStandard 0 -> 6
              storage  0 GB -> 155.976 GB

            """);
    }

    [Fact]
    public void Should_SayNeitherRunHasAnItem_When_TheScenarioProtectsNone()
    {
        // Given two runs of a vault that protects nothing
        var scenario = _folder.File("empty.yaml");
        File.WriteAllText(scenario, """
            name: empty
            seed: 1
            start: 2026-01-01T00:00:00Z
            duration: 2d
            vaults:
              - name: vault-a
                region: westeurope
            """);
        var (a, b) = (_folder.File("a.db"), _folder.File("b.db"));
        CliRun.Of("run", scenario, "--db", a).ExitCode.ShouldBe(0);
        CliRun.Of("run", scenario, "--db", b).ExitCode.ShouldBe(0);

        // When
        var diff = CliRun.Of("diff", a, b);

        // Then
        diff.ExitCode.ShouldBe(0);
        Body(diff.Out).ShouldBe("\nThe runs are identical: neither protected an item, so neither has a job, a point or storage to compare.\n");
    }

    [Fact]
    public void Should_SpeakOfOneItemInTheSingular_When_TheOneItemDiffers()
    {
        // Given
        var a = RecordOneVm("a");
        var b = RecordOneVm("b", "duration: 4d");

        // When
        var diff = CliRun.Of("diff", a, b);

        // Then
        diff.ExitCode.ShouldBe(1);
        diff.Out.ShouldContain("\n1 of 1 item differs. Storage used in all: ");
    }

    [Fact]
    public void Should_NotSpeakOfTheOthers_When_EveryItemDiffers()
    {
        var a = Record("a");
        var b = Record("b", text => text.Replace("duration: 4d", "duration: 5d", StringComparison.Ordinal));

        var diff = CliRun.Of("diff", a, b);

        diff.ExitCode.ShouldBe(1);
        diff.Out.ShouldContain("\n16 of 16 items differ. Storage used in all: ");
    }

    [Theory]
    [InlineData("diff", "-", "A")]
    [InlineData("report", "-", "jobs")]
    public void Should_SayARunFileIsReadFromAFile_When_DashIsGivenForOne(params string[] words)
    {
        // Given '-', which many tools read standard input for, and which was told as "no such file"
        var a = Record("a");

        // When
        var run = CliRun.Of([.. words.Select(word => word == "A" ? a : word)]);

        // Then
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe("vaultsim: -: a run file is read from a file, not from standard input; name the file (for example run.db).\n");
    }

    [Fact]
    public void Should_ExitWithInvalidInput_When_OneFileIsNotARun()
    {
        // Given
        var a = Record("a");
        var missing = _folder.File("missing.db");

        // When
        var diff = CliRun.Of("diff", a, missing);

        // Then
        diff.ExitCode.ShouldBe(2);
        diff.Error.ShouldBe($"vaultsim: {missing}: no such file. Record a run with 'vaultsim run SCENARIO --db FILE'.\n");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Should_PrintNothingButTheRefusal_When_OneFileIsDamagedInTheMiddle(bool damagedFirst)
    {
        // Given a copy of a recorded run with pages zeroed in its middle, as a failing disk leaves it
        var good = Record("good");
        var damaged = _folder.File("damaged.db");
        var bytes = File.ReadAllBytes(good);
        Array.Clear(bytes, bytes.Length / 4, bytes.Length / 2);
        File.WriteAllBytes(damaged, bytes);

        // When
        var diff = damagedFirst ? CliRun.Of("diff", damaged, good) : CliRun.Of("diff", good, damaged);

        // Then the A and B lines are not printed before the refusal, as report prints nothing
        diff.ExitCode.ShouldBe(2);
        diff.Out.ShouldBeEmpty();
        diff.Error.ShouldBe($"vaultsim: {damaged}: the file is damaged: SQLite finds its pages malformed; it was left untouched. Restore it from a copy, or record the run again.\n");
    }

    [Fact]
    public void Should_NoteOnTheErrorStream_When_TheRunsAreOfDifferentScenarios()
    {
        // Given
        var a = Record("a");
        var b = Record("b", text => text.Replace("name: store-fleet", "name: other-fleet", StringComparison.Ordinal));

        // When
        var diff = CliRun.Of("diff", a, b);

        // Then
        diff.ExitCode.ShouldBe(0);
        diff.Error.ShouldBe($"note: the runs are of different scenarios, 'store-fleet' ({a}) and 'other-fleet' ({b}); they are compared item by item all the same.\n");
        Body(diff.Out).ShouldStartWith("\nThe runs are identical");
    }

    [Fact]
    public void Should_NotBlameTheSeedForItemsOnlyInOneRun_When_TheRunsAreOfDifferentScenarios()
    {
        // Given two scenarios with items of their own, under seeds 7 and 3
        var a = Record("a");
        var b = RecordOneVm("b");

        // When
        var diff = CliRun.Of("diff", a, b);

        // Then their items differ because their worlds do, as the one note says; no name of theirs is drawn from a seed
        diff.Out.ShouldContain("only in A");
        diff.Error.ShouldBe($"note: the runs are of different scenarios, 'store-fleet' ({a}) and 'one-vm' ({b}); they are compared item by item all the same.\n");
    }

    [Fact]
    public void Should_NoteThatNamesDrawnFromTheSeedDiffer_When_TwoRunsOfAFleetHaveDifferentSeeds()
    {
        // Given a fleet whose VMs are named from the seed, run with two seeds
        var scenario = _folder.File("fleet.yaml");
        File.WriteAllText(scenario, """
            name: word-fleet
            seed: 1
            start: 2026-01-01T00:00:00Z
            duration: 1d
            vaults:
              - name: vault-a
                region: westeurope
            fleets:
              - name: web
                count: 2
                namePattern: "vm-{word}-{n:00}"
                vault: vault-a
            """);
        var (a, b) = (_folder.File("a.db"), _folder.File("b.db"));
        CliRun.Of("run", scenario, "--db", a, "--seed", "1").ExitCode.ShouldBe(0);
        CliRun.Of("run", scenario, "--db", b, "--seed", "2").ExitCode.ShouldBe(0);

        // When
        var diff = CliRun.Of("diff", a, b);

        // Then
        diff.Out.ShouldContain("only in A");
        diff.Error.ShouldBe("note: the runs' seeds differ (1 and 2), and so do names drawn from the seed (a fleet's VMs); items are compared by name, so such an item is only in A or only in B.\n");
    }

    [Fact]
    public void Should_WriteNoNote_When_TheRunsAreOfTheSameScenario()
    {
        // Given
        var a = Record("a");
        var b = Record("b");

        // When
        var diff = CliRun.Of("diff", a, b);

        // Then
        diff.Error.ShouldBeEmpty();
    }

    [Fact]
    public void Should_SayTheRunIsComparedWithItself_When_AAndBNameOneFile()
    {
        // Given
        var a = RecordOneVm("a");

        // When
        var diff = CliRun.Of("diff", a, a);

        // Then still identical, as diff(1) says of a file and itself, but not as a finding about two runs
        diff.ExitCode.ShouldBe(0);
        diff.Error.ShouldBe($"note: A and B are the same file, {a}; its run is compared with itself.\n");
    }

    [Fact]
    public void Should_SayTheRunIsComparedWithItself_When_BIsAHardLinkToA()
    {
        // Given
        var a = RecordOneVm("a");
        var b = HardLink.Create(_folder.File("b.db"), a);

        // When
        var diff = CliRun.Of("diff", a, b);

        // Then, the file read once, each line naming it as it was named
        diff.Error.ShouldBe($"note: A and B are the same file, {a} and {b}; its run is compared with itself.\n");
        diff.Out.ShouldContain($"A  {a}: ");
        diff.Out.ShouldContain($"B  {b}: ");
    }

    [Fact]
    public void Should_TellBothProblems_When_NeitherFileCanBeRead()
    {
        // Given two files, neither a run file: told only A's, the person fixed it and learnt only then of B's
        var text = _folder.File("notes.db");
        File.WriteAllText(text, "not a database\n");
        var missing = _folder.File("missing.db");

        var diff = CliRun.Of("diff", text, missing);

        diff.ExitCode.ShouldBe(2);
        diff.Error.ShouldBe(
            $"vaultsim: {text}: this is not a vaultsim run file: it is not a SQLite database; it was left untouched.\n"
            + $"vaultsim: {missing}: no such file. Record a run with 'vaultsim run SCENARIO --db FILE'.\n");
    }

    [Fact]
    public void Should_SayWhatEachExitCodeMeans_When_HelpIsAsked()
    {
        // Given a CI step that fails the build when two runs differ, and reads --help to learn how

        // When
        var help = CliRun.Of("diff", "--help");

        // Then
        help.ExitCode.ShouldBe(0);
        string.Join(' ', help.Out.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .ShouldContain("Exits 0 when the runs come out the same, 1 when they differ, 2 when a file can't be read.");
    }

    [Fact]
    public void Should_SayTheTagsDiffer_When_OnlyAWeeklyRuleSetsTheRunsApart()
    {
        // Given ten days of one VM, B's policy also keeping Sunday's (4 January) a year: as many points, tiers and GB as A's
        var a = RecordOneVmUnder("a", "daily: { days: 30 }");
        var b = RecordOneVmUnder("b", "daily: { days: 30 }\n          weekly: { weeks: 52, days: [Sunday] }");

        // When
        var diff = CliRun.Of("diff", a, b);

        // Then the Sunday point kept as Weekly, and a year, is told, not hidden behind "identical"
        diff.ExitCode.ShouldBe(1);
        Body(diff.Out).ShouldBe("""

            vm-1
              tags     Daily 10 -> 9, Weekly 0 -> 1
              expiry   point of 2026-01-04T11:53:54Z: 2026-02-03T11:53:54Z -> 2027-01-03T11:53:54Z

            1 of 1 item differs. Storage used in all: 164.186 GB -> 164.186 GB.

            """);
    }

    [Fact]
    public void Should_SayWhenThePointsExpire_When_OnlyTheRetentionsLengthSetsTheRunsApart()
    {
        // Given ten days of one VM, B's policy keeping its daily points 60 days rather than 30: as many points, tiers and GB as A's
        var a = RecordOneVmUnder("a", "daily: { days: 30 }");
        var b = RecordOneVmUnder("b", "daily: { days: 60 }");

        // When
        var diff = CliRun.Of("diff", a, b);

        // Then the later expiries are told, not hidden behind "identical"
        diff.ExitCode.ShouldBe(1);
        Body(diff.Out).ShouldBe("""

            vm-1
              expiry   point of 2026-01-01T10:36:27Z: 2026-01-31T10:36:27Z -> 2026-03-02T10:36:27Z, and 9 more points both runs kept

            1 of 1 item differs. Storage used in all: 164.186 GB -> 164.186 GB.

            """);
    }

    private string RecordOneVmUnder(string name, string retention)
    {
        var scenario = _folder.File(name + ".yaml");
        File.WriteAllText(scenario, $$"""
            name: one-vm
            seed: 3
            start: 2026-01-01T00:00:00Z
            duration: 10d
            vaults:
              - name: vault-a
                region: westeurope
                policies:
                  - name: P
                    kind: Standard
                    timeZone: UTC
                    schedule: { frequency: Daily, times: ["10:00"] }
                    retention:
                      {{retention}}
            vms:
              - name: vm-1
                region: westeurope
                vault: vault-a
                policy: P
            """);
        var db = _folder.File(name + ".db");
        CliRun.Of("run", scenario, "--db", db).ExitCode.ShouldBe(0);
        return db;
    }
}
