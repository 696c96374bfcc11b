using Simulator.Tests.Support;

namespace Simulator.Tests.Policies;

/// <summary>The preview counts expiries from each run's time, where the simulation counts them from the job's start,
/// up to the start delay later (decision D6): the table says so, and the JSON gives the delay, so that its dates are
/// not taken for a point's.</summary>
public sealed class PolicyPreviewStartDelayTests
{
    private const string Note = "Expiries count from each run's time. A VM's backup starts up to {0} after it (its start delay, D6), and its point expires as much later.";

    [Fact]
    public void Should_SayExpiriesMoveWithTheStartDelay_When_AVmPolicyIsPreviewed()
    {
        // When
        var run = CliRun.Of("policy", "preview", Sample("standard-daily.json"), "--from", "2026-03-02", "--count", "2");

        // Then
        run.Error.ShouldBeEmpty();
        run.Out.ShouldEndWith("\n\n" + string.Format(System.Globalization.CultureInfo.InvariantCulture, Note, "2h") + "\n");
    }

    [Fact]
    public void Should_SayNothingOfADelay_When_AMarsPolicyIsPreviewed()
    {
        // Given a MARS agent's policy: its jobs start on time

        // When
        var run = CliRun.Of("policy", "preview", Sample("mars-seed-004.json"), "--from", "2026-03-02", "--count", "2");

        // Then
        run.Error.ShouldBeEmpty();
        run.Out.ShouldNotContain("start delay");
    }

    [Fact]
    public void Should_SayNothingOfADelay_When_TheScenarioStartsJobsOnTime()
    {
        // Given gfs-weekly-two-vms, whose settings start each job at its time (maxStartDelay: 0s)

        // When
        var run = CliRun.Of("policy", "preview", Path.Combine(RepositoryFiles.Scenarios, "gfs-weekly-two-vms.yaml"), "--policy", "GfsWeekly", "--count", "2");

        // Then
        run.Error.ShouldBeEmpty();
        run.Out.ShouldNotContain("start delay");
    }

    [Fact]
    public void Should_NameTheScenariosDelay_When_ItSetsOne()
    {
        // Given gfs-weekly-two-vms with its jobs starting up to 45 minutes late
        using var folder = new TempFolder();
        var path = folder.File("late.yaml");
        File.WriteAllText(path, File.ReadAllText(Path.Combine(RepositoryFiles.Scenarios, "gfs-weekly-two-vms.yaml")).Replace("maxStartDelay: 0s", "maxStartDelay: 45m", StringComparison.Ordinal));

        // When
        var run = CliRun.Of("policy", "preview", path, "--policy", "GfsWeekly", "--count", "1");

        // Then
        run.Error.ShouldBeEmpty();
        run.Out.ShouldContain(string.Format(System.Globalization.CultureInfo.InvariantCulture, Note, "45m"));
    }

    [Theory]
    [InlineData("standard-daily.json", 7200)]
    [InlineData("mars-seed-004.json", 0)]
    public void Should_GiveTheStartDelayInJson_When_APolicyIsPreviewedForScripts(string sample, long seconds)
    {
        // When
        var run = CliRun.Of("policy", "preview", Sample(sample), "--from", "2026-03-02", "--count", "1", "--output", "json");

        // Then a script knows how much later than runUtc a point's expiries may come
        run.Error.ShouldBeEmpty();
        using var json = System.Text.Json.JsonDocument.Parse(run.Out);
        json.RootElement.GetProperty("startDelayUpToSeconds").GetInt64().ShouldBe(seconds);
    }

    [Fact]
    public void Should_GiveTheScenariosDelayInJson_When_ItSetsOne()
    {
        // When gfs-weekly-two-vms, whose jobs start on time (maxStartDelay: 0s), is previewed for scripts
        var run = CliRun.Of("policy", "preview", Path.Combine(RepositoryFiles.Scenarios, "gfs-weekly-two-vms.yaml"), "--policy", "GfsWeekly", "--count", "1", "--output", "json");

        // Then
        run.Error.ShouldBeEmpty();
        using var json = System.Text.Json.JsonDocument.Parse(run.Out);
        json.RootElement.GetProperty("startDelayUpToSeconds").GetInt64().ShouldBe(0);
    }

    private static string Sample(string file) => Path.Combine(AppContext.BaseDirectory, "Policies", "Samples", file);
}
