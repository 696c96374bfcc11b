using System.Text.Json;
using Simulator.Core.Journal;
using Simulator.Scenarios.Parsing;
using Simulator.Scenarios.Running;
using Simulator.Tests.Support;

namespace Simulator.Tests.Store;

/// <summary><c>vaultsim report</c> on a run recorded by <c>vaultsim run --db</c>, checked against the run's journal.</summary>
public sealed class ReportCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _db;
    private readonly List<DomainEvent> _journal = StoreScenarios.Journal(StoreScenarios.Fleet);

    public ReportCommandTests()
    {
        _db = _folder.File("run.db");
        CliRun.Of("run", StoreScenarios.Fleet, "--db", _db).ExitCode.ShouldBe(0);
    }

    public void Dispose() => _folder.Dispose();

    private static List<Dictionary<string, JsonElement>> Json(CliRun outcome)
    {
        outcome.ExitCode.ShouldBe(0, outcome.Error);
        return JsonSerializer.Deserialize<List<Dictionary<string, JsonElement>>>(outcome.Out)!;
    }

    [Fact]
    public void Should_SayTheListMeantOnOneLine_When_WhatIsMistyped()
    {
        // When
        var run = CliRun.Of("report", _db, "job");

        // Then
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe("vaultsim: jobs|items|points: 'job' is not a list a report makes; allowed is jobs, items or points. Did you mean 'jobs'?\n");
    }

    [Theory]
    [InlineData("points")]
    [InlineData("jobs")]
    public void Should_ListTheItemsRows_When_ItIsNamedByTheNameReportItemsGives(string list)
    {
        // Given the Name column of 'report items', as az backup item list gives it
        var items = Json(CliRun.Of("report", _db, "items", "-o", "json"));
        var item = items.First(i => i["friendlyName"].GetString() == "вм-01");
        var name = item["name"].GetString()!;

        // When
        var byName = CliRun.Of("report", _db, list, "--item", name);

        // Then the item's rows, as its friendly name lists them (az backup's --item-name takes either)
        byName.ExitCode.ShouldBe(0, byName.Error);
        name.ShouldStartWith("VM;iaasvmcontainerv2;");
        byName.Out.ShouldBe(CliRun.Of("report", _db, list, "--item", "вм-01").Out);
        byName.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBeGreaterThan(2);
    }

    [Fact]
    public void Should_ListTheJobs_When_WhatIsWrittenInAnotherCase()
    {
        // When: --status and --output take their words in any case, and so does the list
        var run = CliRun.Of("report", _db, "Jobs");

        // Then
        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldStartWith("Name ");
    }

    [Fact]
    public void Should_ListExactlyTheFailedJobsTheReplayReported_When_FilteringByStatusFailed()
    {
        // Given
        var failed = _journal.OfType<JobFinished>().Where(j => j.Status == "Failed").Select(j => (j.Id, j.ItemName, j.ErrorCode)).ToList();

        // When
        var jobs = Json(CliRun.Of("report", _db, "jobs", "--status", "Failed", "--output", "json"));

        // Then
        failed.Count.ShouldBeGreaterThan(4);
        jobs.Select(j => (j["name"].GetString()!, j["itemName"].GetString()!, j["errorCode"].GetString())).ShouldBe(failed);
        jobs.ShouldAllBe(j => j["status"].GetString() == "Failed");
    }

    [Fact]
    public void Should_KeepAwkwardNamesVerbatim_When_ReportingInEveryFormat()
    {
        // Given
        string[] names = [StoreScenarios.AwkwardName, StoreScenarios.CyrillicName, StoreScenarios.JapaneseName, StoreScenarios.PunctuatedName];

        // When
        var json = Json(CliRun.Of("report", _db, "items", "-o", "json"));
        var table = CliRun.Of("report", _db, "items").Out;
        var csv = CliRun.Of("report", _db, "items", "-o", "csv").Out;

        // Then
        var friendly = json.Select(i => i["friendlyName"].GetString()).ToList();
        names.ShouldAllBe(name => friendly.Contains(name));
        names.ShouldAllBe(name => table.Contains($"  {name}  ", StringComparison.Ordinal));
        csv.ShouldContain($",{StoreScenarios.AwkwardName},");
        csv.ShouldContain($",{StoreScenarios.PunctuatedName},");
    }

    [Fact]
    public void Should_ListAMarsAgentsItemAsFilesAndFoldersOfItsServer_NotAsAVm()
    {
        var db = _folder.File("mars.db");
        CliRun.Of("run", Path.Combine(RepositoryFiles.Scenarios, "mars-three-a-day.yaml"), "--db", db).ExitCode.ShouldBe(0);

        var item = Json(CliRun.Of("report", db, "items", "-o", "json")).ShouldHaveSingleItem();

        (item["name"].GetString(), item["containerName"].GetString(), item["type"].GetString()).ShouldBe(("fs-contoso-01", "fs-contoso-01", "FileFolder"));
        item["resourceGroup"].ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public void Should_ShowEachItemsHealthAsTheCoreDerivesIt()
    {
        var items = Json(CliRun.Of("report", _db, "items", "-o", "json"));

        // As az backup item list fills its columns: protectionStatus the backups' health, healthStatus the API's HealthStatus
        var health = items.ToDictionary(i => i["friendlyName"].GetString()!, i => (i["protectionStatus"].GetString(), i["healthStatus"].GetString()));
        health[StoreScenarios.AwkwardName].ShouldBe(("Unhealthy", "ActionRequired"), "its agent is missing, so every backup failed");
        health[StoreScenarios.CyrillicName].ShouldBe(("Healthy", "Passed"));

        // and the protection state, no longer in the table's Protection Status, is a field of its own, in CSV too
        var csv = CliRun.Of("report", _db, "items", "-o", "csv").Out.Split('\n');
        csv[0].ShouldContain(",Protection Status,Health Status,Vault,Protection State,");
        csv.Skip(1).Where(l => l.Length > 0).ShouldAllBe(l => l.Contains(",Protected,") || l.Contains(",ProtectionError,") || l.Contains(",IRPending,"));
    }

    [Fact]
    public void Should_ListOnlyMatchingJobs_When_FilteringByItemOperationAndDay()
    {
        // Given
        var day = NodaTime.Instant.FromUtc(2026, 2, 3, 0, 0);
        var expected = _journal.OfType<JobStarted>()
            .Where(j => j.ItemName == StoreScenarios.CyrillicName && j.Operation == "Backup" && j.At >= day && j.At < day + NodaTime.Duration.FromDays(1))
            .Select(j => j.Id).ToList();

        // When
        var jobs = Json(CliRun.Of("report", _db, "jobs", "--item", "ВМ-01", "--operation", "backup", "--from", "2026-02-03", "--to", "2026-02-03", "-o", "json"));

        // Then
        expected.Count.ShouldBe(2);
        jobs.Select(j => j["name"].GetString()).ShouldBe(expected);
    }

    [Fact]
    public void Should_ListThePointsKeptAtTheEnd_When_ReportingAnItemsPoints()
    {
        // Given
        var session = new ScenarioSession(ScenarioParser.Load(StoreScenarios.Fleet));
        session.RunToEnd();
        var kept = session.Simulation.FindItem("web-02")!.RecoveryPoints.Select(p => (p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Tier.ToString())).ToList();

        // When
        var points = Json(CliRun.Of("report", _db, "points", "--item", "web-02", "-o", "json"));

        // Then
        kept.Count.ShouldBeGreaterThan(2);
        points.Select(p => (p["name"].GetString()!, p["tier"].GetString()!)).ShouldBe(kept);
    }

    [Fact]
    public void Should_ShowTheAzureCliColumns_When_ReportingJobsAsATable()
    {
        // Given, When
        var table = CliRun.Of("report", _db, "jobs", "--item", "web-02", "--to", "2026-02-02T00:00:00Z");

        // Then
        table.Out.ShouldBe("""
            Name                                  Operation        Status     Item Name  Start Time UTC        Duration
            ------------------------------------  ---------------  ---------  ---------  --------------------  --------
            """ + "\n" + $"{_journal.OfType<JobStarted>().First(j => j.ItemName == "web-02").Id}  ConfigureBackup  Completed  web-02     2026-02-02T00:00:00Z  0:00:30\n");
    }

    [Theory]
    [InlineData("--from 2026-03-01", "--from 2026-03-01")]
    [InlineData("--to 2026-02-01", "--to 2026-02-01")]
    [InlineData("--from +5d", "--from +5d")]
    [InlineData("--from 2026-01-01 --to 2026-01-31", "--from 2026-01-01 --to 2026-01-31")]
    public void Should_SayWhatTheRunCovers_When_TheWindowIsWhollyOutsideIt(string arguments, string window)
    {
        // Given a run of 2026-02-02 to 2026-02-06, and a window before or after it

        // When
        var outcome = CliRun.Of(new[] { "report", _db, "jobs" }.Concat(arguments.Split(' ')).ToArray());

        // Then the list is empty, as any list without jobs exits, and the note says why
        outcome.ExitCode.ShouldBe(0);
        outcome.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(2);
        outcome.Error.ShouldBe($"note: {_db} covers 2026-02-02T00:00:00Z to 2026-02-06T00:00:00Z, so the window ({window}) holds no job.\n");
    }

    [Theory]
    [InlineData("--from 2026-02-05T12:00:00Z")]
    [InlineData("--to 2026-02-02")]
    public void Should_NoteNothing_When_TheWindowMeetsTheRun(string arguments)
    {
        // When
        var outcome = CliRun.Of(new[] { "report", _db, "jobs" }.Concat(arguments.Split(' ')).ToArray());

        // Then
        outcome.ExitCode.ShouldBe(0);
        outcome.Error.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("jobs -o xml")]
    [InlineData("items --output XML")]
    public void Should_SayWhatWasGivenAndListTheFormats_When_TheOutputIsUnknown(string arguments)
    {
        // Given
        var args = new[] { "report", _db }.Concat(arguments.Split(' ')).ToArray();
        var given = args[^1];

        // When
        var outcome = CliRun.Of(args);

        // Then
        outcome.ExitCode.ShouldBe(2);
        outcome.Error.ShouldBe($"vaultsim: --output: '{given}' is not a format; allowed is table, json or csv.\n");
        outcome.Out.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("demo.yaml", "+1d", "(the VM's name): 'vm-batch-01', 'vm-db-01', 'vm-legacy-01' or 'vm-web-01'.")]
    [InlineData("reconfigure-alternate-vault.yaml", null, "(the VM's name): 'vault-grs/vm-erp-01' or 'vault-lrs/vm-erp-01'.")]
    [InlineData("mars-three-a-day.yaml", "+1d", "(the server's name): 'fs-contoso-01'.")]
    public void Should_NameTheRunsItems_When_PointsAreAskedForWithoutAnItem(string scenario, string? until, string choices)
    {
        // Given a run of the demo's four VMs; of a VM protected in one vault, then in another; of a MARS server alone
        var db = _folder.File(Path.ChangeExtension(scenario, ".db"));
        string[] recorded = ["run", Path.Combine(RepositoryFiles.Scenarios, scenario), "--db", db];
        CliRun.Of(until is null ? recorded : [.. recorded, "--until", until]).ExitCode.ShouldBe(0);

        // When
        var run = CliRun.Of("report", db, "points");

        // Then the names to choose from are on the line, not one command away, each naming one item, in the words
        // of what the run protects
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe($"vaultsim: points: name the item with --item NAME {choices}\n");
    }

    [Fact]
    public void Should_NameTheFirstItemsAndCountThem_When_TheRunHasMany()
    {
        // Given the store's fleet of 16 items

        // When
        var run = CliRun.Of("report", _db, "points");

        // Then
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe($"vaultsim: points: name the item with --item NAME (the VM's name), such as 'vm-%_(drop)$1', 'vm.{{braces}}~ü' or 'web-01'; 'vaultsim report {_db} items' lists all 16.\n");
    }

    [Theory]
    [InlineData("jobs --status Broken", "--status: 'Broken' is not a job status; allowed is InProgress, Completed, CompletedWithWarnings, Failed or Cancelled.")]
    [InlineData("jobs --from yesterday", "--from: 'yesterday' is not a time; write ISO 8601 like 2026-01-15T09:30:00+01:00, a time in UTC like 2026-01-15T09:00, or a date like 2026-01-15 (00:00 there). A time counted from the run's start also works: +3d is three days after it.")]
    [InlineData("points", "points: name the item with --item NAME")]
    [InlineData("points --item vm-nowhere", "the run has no item named 'vm-nowhere'")]
    [InlineData("jobs --item vm-nowhere", "the run has no item named 'vm-nowhere'")]
    [InlineData("jobs --from 2026-02-05 --to 2026-02-03", "--from 2026-02-05 is after --to 2026-02-03, so no job could match; give a --from at or before --to.")]
    [InlineData("jobs --operation Restore", "--operation: 'Restore': restores are not simulated, so no run has a Restore job; allowed is Backup, ConfigureBackup, DeleteBackupData, DisableBackup or Undelete.")]
    [InlineData("jobs --status Cancelling", "--status: 'Cancelling': a cancel takes effect at once in vaultsim, so no job is ever Cancelling (a cancelled job is Cancelled); allowed is InProgress, Completed, CompletedWithWarnings, Failed or Cancelled.")]
    [InlineData("jobs --operation Resume", "--operation: 'Resume' is an action, not an operation: resuming protection is recorded as a ConfigureBackup job; allowed is Backup, ConfigureBackup, DeleteBackupData, DisableBackup or Undelete.")]
    [InlineData("jobs --operation configureProtection", "--operation: 'configureProtection' is an action, not an operation: configuring protection is recorded as a ConfigureBackup job; allowed is Backup, ConfigureBackup, DeleteBackupData, DisableBackup or Undelete.")]
    [InlineData("jobs --operation stop-protection", "--operation: 'stop-protection' is an action, not an operation: stopping protection is recorded as a DisableBackup job, or a DeleteBackupData job where its data is deleted; allowed is Backup, ConfigureBackup, DeleteBackupData, DisableBackup or Undelete.")]
    [InlineData("jobs --operation Bakup", "--operation: 'Bakup' is not an operation; allowed is Backup, ConfigureBackup, DeleteBackupData, DisableBackup or Undelete. Did you mean 'Backup'?")]
    [InlineData("items --status Failed", "--status filters jobs; it does not apply to 'items'.")]
    [InlineData("items --item vm-web-01", "--item picks the item of 'jobs' and 'points'; it does not apply to 'items', which lists every item.")]
    public void Should_ExitWithInvalidInput_When_TheReportIsAskedWrongly(string arguments, string message)
    {
        // Given
        var args = new[] { "report", _db }.Concat(arguments.Split(' ')).ToArray();

        // When
        var outcome = CliRun.Of(args);

        // Then
        outcome.ExitCode.ShouldBe(2);
        outcome.Error.ShouldContain(message);
        outcome.Out.ShouldBeEmpty();
    }
}
