using System.Text.Json;
using Simulator.Tests.Support;

namespace Simulator.Tests.Cli;

/// <summary>The bench command's arguments and output; the figures themselves are measured by running it, not here.</summary>
public sealed class BenchCommandTests
{
    [Theory]
    [InlineData("--vms", "0", "--vms: '0' is out of range; allowed is a whole number from 1 to 1,000,000.")]
    [InlineData("--vms", "ten", "--vms: 'ten' is not a whole number; allowed is a whole number from 1 to 1,000,000.")]
    [InlineData("--vms", "1.5", "--vms: '1.5' is not a whole number")]
    [InlineData("--vms", "1,0,0", "--vms: '1,0,0' is not a whole number")]
    [InlineData("--vms", "10_00", "--vms: '10_00' is not a whole number")]
    [InlineData("--vms", "99999999999999999999", "--vms: '99999999999999999999' is out of range")]
    [InlineData("--days", "3651", "--days: '3651' is out of range; allowed is a whole number from 1 to 3,650.")]
    [InlineData("--policy", "weekly", "--policy: 'weekly' is not a bench policy; allowed is default, gfs or enhanced.")]
    [InlineData("--output", "xml", "--output: 'xml' is not a format; allowed is table or json.")]
    public void Should_ExitTwo_AndNameTheOption_When_AnArgumentIsBad(string option, string value, string message)
    {
        // When
        var run = CliRun.Of("bench", option, value);

        // Then
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldStartWith($"vaultsim: {message}");
        run.Error.ShouldNotContain("   at ");
        run.Out.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("--vms <vms>", "(default 10,000)")]
    [InlineData("--days <days>", "(default 365)")]
    [InlineData("--policy <policy>", "the default")]
    [InlineData("-o, --output <table|json>", "(default table)")]
    public void Should_SayWhatTheOptionDefaultsTo_When_HelpIsAsked(string option, string saying)
    {
        // When
        var run = CliRun.Of("bench", "--help");

        // Then
        run.ExitCode.ShouldBe(0);
        run.Out.Split('\n').Single(l => l.TrimStart().StartsWith(option, StringComparison.Ordinal)).ShouldContain(saying);
    }

    [Fact]
    public void Should_NameEveryViewItTimes_When_HelpDescribesDashboard()
    {
        // Given that --dashboard times the event log too, as its report's rows show

        // When
        var run = CliRun.Of("bench", "--help");

        // Then
        var dashboard = string.Join(' ', run.Out[run.Out.IndexOf("--dashboard", StringComparison.Ordinal)..].Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
        dashboard.ShouldContain("(the item list, the job list, the timeline, an item's detail and the event log, each on its own line)");
    }

    [Theory]
    [InlineData("bench")]
    [InlineData("run")]
    public void Should_SayAnEmptyRunFileIsTaken_When_HelpIsAsked(string command)
    {
        // Given that both record into an empty file (as mktemp makes) as into a new one

        // When
        var run = CliRun.Of(command, "--help");

        // Then
        run.Out.Split('\n').Single(l => l.TrimStart().StartsWith("--db <db>", StringComparison.Ordinal)).ShouldContain("a new or empty one");
    }

    [Fact]
    public void Should_Refuse_When_ScalingIsGivenWithVms()
    {
        // When
        var run = CliRun.Of("bench", "--scaling", "--vms", "100");

        // Then
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--vms: --scaling runs 1,000, 10,000, 100,000 VMs itself");
    }

    [Fact]
    public void Should_RefuseBeforeRunning_When_TheDashboardIsAskedForMoreItemsThanAFleetHolds()
    {
        // When
        var run = CliRun.Of("bench", "--vms", "100001", "--days", "3650", "--dashboard");

        // Then
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe("vaultsim: --dashboard: the dashboard is timed on one fleet of at most 100,000 items; give --vms 100,000 or fewer with it.\n");
        run.Out.ShouldBeEmpty();
    }

    [Fact]
    public void Should_PrintEveryFigure_When_TheOutputIsATable()
    {
        // When
        var run = CliRun.Of("bench", "--vms", "30", "--days", "3");

        // Then
        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldStartWith("vaultsim bench: 30 VMs x 3 days under DefaultPolicy, seed 2026");
        string[] rows = ["VMs", "days", "events processed", "wall seconds", "events per second", "VM-days per second", "us per VM-day", "jobs", "recovery points alive", "peak working set", "peak GC heap", "allocated", "GC collections", "GC pause seconds"];
        rows.ShouldAllBe(row => run.Out.Contains($"\n  {row} "));
    }

    [Fact]
    public void Should_SayOneVmAndOneDay_When_TheEstateIsThatSmall()
    {
        // When
        var run = CliRun.Of("bench", "--vms", "1", "--days", "1");

        // Then
        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldStartWith("vaultsim bench: 1 VM x 1 day under DefaultPolicy, seed 2026");
    }

    [Fact]
    public void Should_RecordARunThatReportsRead_AndSayTheWallTimeIncludesIt_When_ADatabaseIsGiven()
    {
        // Given
        using var folder = new TempFolder();
        var file = folder.File("bench.db");

        // When
        var run = CliRun.Of("bench", "--vms", "30", "--days", "3", "--db", file);
        var jobs = CliRun.Of("report", file, "jobs", "--operation", "Backup", "--output", "json");

        // Then
        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain($"engine and recording into {file}, until the file was closed");
        jobs.ExitCode.ShouldBe(0, jobs.Error);
        JsonDocument.Parse(jobs.Out).RootElement.GetArrayLength().ShouldBe(30 * 3, "one backup a day per VM");
    }

    [Fact]
    public void Should_WriteJson_When_OutputIsGivenAsO()
    {
        // When: report takes -o for --output, and so do the other commands that write json
        var run = CliRun.Of("bench", "--vms", "2", "--days", "1", "-o", "json");

        // Then
        run.ExitCode.ShouldBe(0, run.Error);
        JsonDocument.Parse(run.Out).RootElement.ValueKind.ShouldBe(JsonValueKind.Object);
    }

    [Fact]
    public void Should_CountTheSameJobsAndPoints_When_RunTwice()
    {
        // When
        var first = Figures(CliRun.Of("bench", "--vms", "40", "--days", "10", "--policy", "gfs", "--output", "json"));
        var second = Figures(CliRun.Of("bench", "--vms", "40", "--days", "10", "--policy", "gfs", "--output", "json"));

        // Then
        second.ShouldBe(first);
        first.Events.ShouldBeGreaterThan(40 * 10 * 3);
        first.Jobs.ShouldBe(40 * 10, "one backup a day per VM; the configure-protection jobs belong to the untimed setup");
        first.Points.ShouldBeGreaterThan(40 * 9);
    }

    [Fact]
    public void Should_GiveTheDashboardsFiguresInValidJson_When_DashboardIsAskedForWithJsonOutput()
    {
        // When
        var run = CliRun.Of("bench", "--vms", "30", "--days", "1", "--dashboard", "--output", "json");

        // Then the output is one JSON document, with every key timed from press to frame
        run.ExitCode.ShouldBe(0, run.Error);
        var dashboard = JsonDocument.Parse(run.Out).RootElement.GetProperty("dashboard");
        dashboard.GetProperty("items").GetInt32().ShouldBe(30);
        dashboard.GetProperty("keysPressed").GetInt32().ShouldBe(41);
        dashboard.GetProperty("frameMeanMilliseconds").GetDouble().ShouldBeGreaterThan(0);
        var (mean, p95, worst) = (dashboard.GetProperty("keyToFrameMeanMilliseconds").GetDouble(), dashboard.GetProperty("keyToFrameP95Milliseconds").GetDouble(), dashboard.GetProperty("keyToFrameWorstMilliseconds").GetDouble());
        mean.ShouldBeGreaterThan(0);
        p95.ShouldBeGreaterThanOrEqualTo(mean * 0.5);
        worst.ShouldBeGreaterThanOrEqualTo(p95);
    }

    [Fact]
    public void Should_PrintFrameAndKeyToFrameRows_When_DashboardIsAskedFor()
    {
        // When
        var run = CliRun.Of("bench", "--vms", "30", "--days", "1", "--dashboard");

        // Then
        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("\n  dashboard frame ");
        run.Out.ShouldMatch(@"\n  key to frame +[0-9.]+ ms mean, [0-9.]+ ms p95, [0-9.]+ ms worst +41 keys pressed at random with 30 items playing at 1 day/s, a tick every 40 ms\n");
    }

    [Fact]
    public void Should_CountOneVmAndOneItemInTheSingular_When_TheEstateHasOneVm()
    {
        // When
        var run = CliRun.Of("bench", "--vms", "1", "--days", "1", "--dashboard");

        // Then
        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldStartWith("vaultsim bench: 1 VM x 1 day under ");
        run.Out.ShouldMatch(@"\n  dashboard frame +[0-9.]+ ms mean, [0-9.]+ ms p95 +1 item at 120x40, ");
        run.Out.ShouldContain(" keys pressed at random with 1 item playing at 1 day/s, ");
    }

    private static (long Events, long Jobs, long Points) Figures(CliRun run)
    {
        run.ExitCode.ShouldBe(0, run.Error);
        var figures = JsonDocument.Parse(run.Out).RootElement.GetProperty("runs")[0];
        figures.GetProperty("policy").GetString().ShouldBe("Bench-GFS");
        return (figures.GetProperty("eventsProcessed").GetInt64(), figures.GetProperty("jobs").GetInt64(), figures.GetProperty("recoveryPointsAlive").GetInt64());
    }
}
