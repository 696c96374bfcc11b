using Simulator.Tests.Support;

namespace Simulator.Tests.Cli;

/// <summary><c>vaultsim report FILE points</c> of an item whose backup data was deleted for good, and <c>items</c> of its run, say so, rather than listing nothing without a word.</summary>
public sealed class PurgedPointsReportTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _db;

    public PurgedPointsReportTests()
    {
        // vm-gone-01's data is deleted on 8 June; its soft delete ends, and it is purged, 14 days later.
        _db = _folder.File("run.db");
        CliRun.Of("run", Path.Combine(RepositoryFiles.Scenarios, "stop-delete-soft-delete-undelete.yaml"), "--db", _db).ExitCode.ShouldBe(0);
    }

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("table")]
    [InlineData("json")]
    public void Should_SayWhenItsPointsWentWithItsData_When_TheItemWasPurged(string format)
    {
        // When
        var run = CliRun.Of("report", _db, "points", "--item", "vm-gone-01", "--output", format);

        // Then
        run.ExitCode.ShouldBe(0);
        run.Error.ShouldBe("note: the backup data of vm-gone-01 in vault-sea was deleted for good (purged) at 2026-06-22T10:00:30Z, and its 8 recovery points with it.\n");
        run.Out.ShouldBe(format == "json" ? "[]\n" : "Name  Time  Consistency  Tier  Copy  Expiry\n----  ----  -----------  ----  ----  ------\n");
    }

    [Theory]
    [InlineData("table")]
    [InlineData("csv")]
    public void Should_SayWhyAnItemIsNotListed_When_ItsDataWasPurged(string format)
    {
        // When
        var run = CliRun.Of("report", _db, "items", "--output", format);

        // Then vm-keep-01, undeleted before its purge, is listed; vm-gone-01 is not, and the note says why
        run.ExitCode.ShouldBe(0);
        run.Error.ShouldBe("note: vm-gone-01 in vault-sea is not listed: its backup data was deleted for good (purged) at 2026-06-22T10:00:30Z.\n");
        run.Out.ShouldContain("vm-keep-01");
        run.Out.ShouldNotContain("vm-gone-01");
    }

    [Fact]
    public void Should_ReportThePurgedItem_When_ItIsNamedByItsAzureName()
    {
        // When it is named as 'items' listed it before its purge, as az backup's --item-name takes it
        var run = CliRun.Of("report", _db, "points", "--item", "VM;iaasvmcontainerv2;rg-workloads;vm-gone-01");

        // Then it is the item its friendly name names, not one the run never had
        run.ExitCode.ShouldBe(0);
        run.Error.ShouldStartWith("note: the backup data of vm-gone-01 in vault-sea was deleted for good (purged)");
    }

    [Fact]
    public void Should_OfferThePurgedItem_When_ItsNameIsMistyped()
    {
        // When
        var run = CliRun.Of("report", _db, "jobs", "--item", "vm-gone-1");

        // Then
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe($"vaultsim: {_db}: the run has no item named 'vm-gone-1'. Did you mean 'vm-gone-01'? Its items: run 'vaultsim report {_db} items'.\n");
    }

    [Fact]
    public void Should_AddNoNote_When_TheItemWasUndeletedBeforeItsPurge()
    {
        // When
        var run = CliRun.Of("report", _db, "points", "--item", "vault-sea/vm-keep-01");

        // Then
        run.ExitCode.ShouldBe(0);
        run.Error.ShouldBeEmpty();
        run.Out.ShouldContain("VaultStandard");
    }

    [Fact]
    public void Should_SayItHadNoPointLeft_When_TheItemWasPurgedWithoutPoints()
    {
        // Given vm-bare-01's data deleted an hour after its protection, before its first backup, and purged 14 days later
        var scenario = _folder.File("bare.yaml");
        File.WriteAllText(scenario, """
            name: purged-without-points
            seed: 3
            start: 2026-06-01T00:00:00Z
            duration: 20d
            vaults:
              - name: vault-sea
                region: southeastasia
            vms:
              - name: vm-bare-01
                region: southeastasia
                vault: vault-sea
            timeline:
              - at: 2026-06-01T01:00:00Z
                do: stopProtection
                item: vm-bare-01
                mode: deleteData
            """);
        var db = _folder.File("bare.db");
        CliRun.Of("run", scenario, "--db", db).ExitCode.ShouldBe(0);

        // When
        var run = CliRun.Of("report", db, "points", "--item", "vm-bare-01");

        // Then
        run.ExitCode.ShouldBe(0);
        run.Error.ShouldBe("note: the backup data of vm-bare-01 in vault-sea was deleted for good (purged) at 2026-06-15T01:00:30Z; it had no recovery point left.\n");
    }

    [Fact]
    public void Should_TellThePurgeByItsPoints_When_TheFileWasBegunBeforeSchema6()
    {
        // Given the run as a version 5 vaultsim wrote it, without the purges' own rows
        SqliteFiles.Execute(_db, "DROP TABLE purges; DROP TABLE policy_files; PRAGMA user_version = 5;");

        // When
        var run = CliRun.Of("report", _db, "points", "--item", "vm-gone-01");

        // Then
        run.ExitCode.ShouldBe(0, run.Error);
        run.Error.ShouldEndWith("note: the backup data of vm-gone-01 in vault-sea was deleted for good (purged) at 2026-06-22T10:00:30Z, and its 8 recovery points with it.\n");
    }
}
