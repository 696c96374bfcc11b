using Simulator.Tests.Support;

namespace Simulator.Tests.Policies;

/// <summary>A retention rule's <c>retentionTimes</c> is read: what is not a list of date-times is refused as a bad
/// <c>scheduleRunTimes</c> is, and a time the schedule does not run at is refused as Azure refuses it.</summary>
public sealed class PolicyJsonRetentionTimesTests : IDisposable
{
    private const string DailyTimes = "\"retentionTimes\": [\n        \"2020-08-03T04:30:00+00:00\"\n        ]\n    },\n    \"monthlySchedule\"";
    private const string WeeklyTimes = "\"retentionTimes\": [\n        \"2020-08-03T04:30:00+00:00\"\n        ]\n    },\n    \"yearlySchedule\"";
    private const string RunTimes = "\"scheduleRunTimes\": [\n        \"2020-08-03T04:30:00+00:00\"\n    ]";
    private const string DailyPath = "properties.retentionPolicy.dailySchedule.retentionTimes";
    private const string NotADateTime = "is not a date-time; allowed is ISO 8601 such as 2020-08-03T04:30:00+00:00 or 2018-01-24T10:00:00Z";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("[\n        \"not a time\"\n        ]", "21:9", DailyPath + "[0]: 'not a time' " + NotADateTime)]
    [InlineData("5", "20:27", DailyPath + ": expected an array, found the number 5")]
    [InlineData("{\"at\": \"04:30\"}", "20:27", DailyPath + ": expected an array, found an object")]
    public void Should_RefuseTheFileAtTheField_When_RetentionTimesIsNotAListOfTimes(string written, string at, string words)
    {
        // Given a policy whose daily rule's retention times are garbled
        var path = _folder.File("garbled.json");
        File.WriteAllText(path, PolicySamples.StandardDaily(DailyTimes, DailyTimes.Replace("[\n        \"2020-08-03T04:30:00+00:00\"\n        ]", written, StringComparison.Ordinal)));

        // When
        var run = CliRun.Of("policy", "preview", path, "--from", "2026-03-01");

        // Then
        run.ExitCode.ShouldBe(2);
        run.Out.ShouldBeEmpty();
        run.Error.ShouldBe($"vaultsim: {path}:{at}: {words}\n");
    }

    [Fact]
    public void Should_RefuseAnEmptyList_When_ARuleNamesNoRunTime()
    {
        // Given a daily rule whose retention times are emptied, which was read as every run's
        var path = _folder.File("empty.json");
        File.WriteAllText(path, PolicySamples.StandardDaily(DailyTimes, DailyTimes.Replace("[\n        \"2020-08-03T04:30:00+00:00\"\n        ]", "[]", StringComparison.Ordinal)));

        // When
        var run = CliRun.Of("policy", "preview", path, "--from", "2026-03-01");

        // Then
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe($"vaultsim: {path}:20:27: {DailyPath}: an empty list names no run whose point the rule keeps; list a date-time at 04:30:00 (the schedule's run time), as Azure writes it\n");
    }

    [Fact]
    public void Should_RefuseTheTimeWithAzuresWords_When_ARetentionTimeIsNotARunTime()
    {
        // Given a weekly rule kept at 07:00 while the schedule runs at 04:30
        var path = _folder.File("differs.json");
        File.WriteAllText(path, PolicySamples.StandardDaily(WeeklyTimes, WeeklyTimes.Replace("04:30", "07:00", StringComparison.Ordinal)));

        // When
        var run = CliRun.Of("policy", "preview", path, "--from", "2026-03-01");

        // Then
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe(
            $"vaultsim: {path}:35:9: properties.retentionPolicy.weeklySchedule.retentionTimes[0]: '2020-08-03T07:00:00+00:00' is a time the schedule "
            + "does not run at, and Azure keeps only the points its schedule takes (\"Retention policies can only be applied on backup points\"); allowed is a date-time at 04:30:00, the schedule's run time\n");
    }

    [Fact]
    public void Should_NameTheWindowStart_When_AnHourlyRuleKeepsAnotherOfItsRunTimes()
    {
        // Given the hourly sample (every 4 hours from 08:00) whose first rule names 12:00, a time it does run at
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Policies", "Samples", "enhanced-hourly.json"));
        var path = _folder.File("hourly.json");
        var first = json.IndexOf("2021-12-17T08:00:00+00:00", StringComparison.Ordinal);
        File.WriteAllText(path, json[..first] + "2021-12-17T12:00:00+00:00" + json[(first + 25)..]);

        // When
        var run = CliRun.Of("policy", "preview", path, "--from", "2026-03-01");

        // Then it is not told the schedule does not run then
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldEndWith("'2021-12-17T12:00:00+00:00' is not the start of the hourly schedule's window, the time an hourly policy's rules name; allowed is a date-time at 08:00:00, the window start\n", Case.Sensitive);
    }

    [Fact]
    public void Should_RefuseTheScenario_When_ThePolicyFileItImportsHasARetentionTimeThatIsNotARunTime()
    {
        // Given
        File.WriteAllText(_folder.File("differs.json"), PolicySamples.StandardDaily(DailyTimes, DailyTimes.Replace("04:30", "07:00", StringComparison.Ordinal)));
        var scenario = PolicySamples.ScenarioImporting(_folder, "differs.json");

        // When
        var run = CliRun.Of("validate", scenario);

        // Then
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain($"{scenario}:8:15: vaults[0].policies[0].file: differs.json:21:9: {DailyPath}[0]: '2020-08-03T07:00:00+00:00' is a time the schedule does not run at", Case.Sensitive);
    }

    [Fact]
    public void Should_RefuseTheRunTime_When_TheScheduleRunsOffTheHalfHourAndTheRetentionTimesKeepTheOldOne()
    {
        // Given the run time moved to 04:15, which Azure does not offer, and the retention times left at 04:30
        var path = _folder.File("quarter.json");
        File.WriteAllText(path, PolicySamples.StandardDaily(RunTimes, RunTimes.Replace("04:30", "04:15", StringComparison.Ordinal)));

        // When
        var run = CliRun.Of("policy", "preview", path, "--from", "2026-03-01");

        // Then the run time is the mistake told, not the retention times fitted to it, which 04:15 would not mend
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe(
            $"vaultsim: {path}: policy 'testing123' is not valid:\n"
            + $"  {path}:45:9: properties.schedulePolicy.scheduleRunTimes[0]: 04:15:00 is not on a half-hour boundary; allowed is a time on :00 or :30 with no seconds.\n");
    }

    [Fact]
    public void Should_RefuseTheWindowStart_When_AnHourlyWindowStartsOffTheHalfHourAndTheRetentionTimesKeepTheOldOne()
    {
        // Given the sample's window moved from 08:00 to 08:15, its retention times left at 08:00
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Policies", "Samples", "enhanced-hourly.json"));
        var path = _folder.File("window.json");
        File.WriteAllText(path, json.Replace("\"scheduleWindowStartTime\": \"2021-12-17T08:00:00Z\"", "\"scheduleWindowStartTime\": \"2021-12-17T08:15:00Z\"", StringComparison.Ordinal));

        // When
        var run = CliRun.Of("policy", "preview", path, "--from", "2026-03-01");

        // Then
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("properties.schedulePolicy.hourlySchedule.scheduleWindowStartTime: 08:15:00 is not a window start Azure offers", Case.Sensitive);
        run.Error.ShouldNotContain("retentionTimes", Case.Sensitive);
    }

    [Fact]
    public void Should_TellTheRetentionTimeThenTheRunTime_When_TheRunTimeIsPutRightAndTheRetentionTimesStillDiffer()
    {
        // Given the run time mended to 05:00, on the hour, while the retention times still say 04:30
        var path = _folder.File("mended.json");
        File.WriteAllText(path, PolicySamples.StandardDaily(RunTimes, RunTimes.Replace("04:30", "05:00", StringComparison.Ordinal)));

        // When
        var run = CliRun.Of("policy", "preview", path, "--from", "2026-03-01");

        // Then the advice is a run time Azure offers
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain($"{path}:21:9: {DailyPath}[0]: '2020-08-03T04:30:00+00:00' is a time the schedule does not run at", Case.Sensitive);
        run.Error.ShouldContain("allowed is a date-time at 05:00:00, the schedule's run time", Case.Sensitive);
    }

    [Fact]
    public void Should_ReadThePolicy_When_ARetentionTimeHasTheRunTimeOnAnotherDate()
    {
        // Given the run time's clock time written with another date, as a policy edited on another day has it
        var path = _folder.File("dated.json");
        File.WriteAllText(path, PolicySamples.StandardDaily(DailyTimes, DailyTimes.Replace("2020-08-03", "2024-02-29", StringComparison.Ordinal)));

        // When
        var run = CliRun.Of("policy", "preview", path, "--from", "2026-03-01");

        // Then
        run.Error.ShouldBeEmpty();
        run.ExitCode.ShouldBe(0);
    }
}
