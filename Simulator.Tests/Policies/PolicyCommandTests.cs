using System.Text.Json;
using Simulator.Tests.Support;
using Simulator.Tui.Cli;

namespace Simulator.Tests.Policies;

public sealed class PolicyCommandTests
{
    private const string From = "2026-03-01T00:00:00Z";

    [Fact]
    public void Should_PrintTheSeedExpiries_When_PreviewingTheMarsSample()
    {
        // When
        var (code, output, error) = Run("policy", "preview", Sample("mars-seed-004.json"), "--from", From, "--count", "40");

        // Then 40 runs, daily points kept 7 days and Saturday points 4 weeks
        code.ShouldBe(ExitCodes.Ok, error);
        error.ShouldBeEmpty();
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.ShouldContain(l => l.StartsWith("Policy 'seed-004-mars': MARS daily at 00:00,18:00 UTC, keep 7d/4w/12m/10y", StringComparison.Ordinal));
        lines.Count(l => l.Contains("Z  2026-", StringComparison.Ordinal)).ShouldBe(40);
        Line(lines, "1  ").ShouldContain("2026-03-01 00:00Z  2026-03-01 00:00 +00:00  -    yes    Daily   2026-03-08 00:00Z   -");
        Line(lines, "14 ").ShouldContain("2026-03-07 18:00Z  2026-03-07 18:00 +00:00  -    yes    Weekly  2026-04-04 18:00Z   -");
        Line(lines, "40 ").ShouldContain("2026-03-20 18:00Z");
    }

    [Fact]
    public void Should_PrintTheMonthlyAndYearlyExpiries_When_ThePreviewReachesTheLastSaturdayOfMarch()
    {
        var (code, output, _) = Run("policy", "preview", Sample("mars-seed-004.json"), "--from", "2026-03-28", "--count", "2");

        code.ShouldBe(ExitCodes.Ok);
        output.ShouldContain("2026-03-28 00:00Z  2026-03-28 00:00 +00:00  -    yes    Yearly  2036-03-28 00:00Z");
        output.ShouldContain("2026-03-28 18:00Z  2026-03-28 18:00 +00:00  -    yes    Yearly  2036-03-28 18:00Z");
    }

    [Fact]
    public void Should_WriteJson_When_OutputIsJson()
    {
        var (code, output, _) = Run("policy", "preview", Sample("standard-weekly.json"), "--from", From, "--count", "4", "--output", "json");

        code.ShouldBe(ExitCodes.Ok);
        using var json = JsonDocument.Parse(output);
        var runs = json.RootElement.GetProperty("runs");
        runs.GetArrayLength().ShouldBe(4);
        runs[0].GetProperty("runUtc").GetString().ShouldBe("2026-03-02T18:00:00Z");
        runs[3].GetProperty("isShifted").GetBoolean().ShouldBeTrue("10:00 PST pinned in winter runs at 11:00 PDT after 8 March");
        runs[3].GetProperty("local").GetString().ShouldBe("2026-03-09T11:00:00-07:00");
        json.RootElement.GetProperty("timeZone").GetString().ShouldBe("Pacific Standard Time");
    }

    [Fact]
    public void Should_GiveEachRunsLocalTimeTheOffsetThatPlacesItAtItsUtcTime_When_WritingJson()
    {
        // Given runs on both sides of 8 March, when Los Angeles moves from -08:00 to -07:00
        // When
        var (code, output, _) = Run("policy", "preview", Sample("standard-weekly.json"), "--from", From, "--count", "6", "--output", "json");

        // Then a script reads each local time as the instant it is, with no zone database of its own
        code.ShouldBe(ExitCodes.Ok);
        using var json = JsonDocument.Parse(output);
        var runs = json.RootElement.GetProperty("runs").EnumerateArray().ToList();
        runs.Select(r => r.GetProperty("local").GetString()![^6..]).Distinct().ShouldBe(["-08:00", "-07:00"]);
        runs.ShouldAllBe(r => DateTimeOffset.Parse(r.GetProperty("local").GetString()!, System.Globalization.CultureInfo.InvariantCulture) == DateTimeOffset.Parse(r.GetProperty("runUtc").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Should_WriteJson_When_OutputIsGivenAsO()
    {
        // Given: report takes -o for --output, and so do the other commands that write json
        // When
        var (code, output, error) = Run("policy", "preview", Sample("standard-weekly.json"), "--from", From, "--count", "1", "-o", "json");

        // Then
        code.ShouldBe(ExitCodes.Ok, error);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("runs").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public void Should_ExitWith2AndNameFieldValueAndRange_When_ThePolicyIsInvalid()
    {
        // Given the daily sample with 3 days of daily retention
        var path = TempCopy("standard-daily.json", "\"count\": 180", "\"count\": 3");

        var (code, output, error) = Run("policy", "preview", path, "--from", From);

        code.ShouldBe(ExitCodes.InvalidInput);
        output.ShouldBeEmpty();
        error.ShouldContain("policy 'testing123' is not valid:");
        error.ShouldContain($"  {path}:17:18: properties.retentionPolicy.dailySchedule.retentionDuration.count: 3 is out of range; allowed is 7 to 9999 days.");
    }

    [Fact]
    public void Should_SayWhichZoneWasMeantAtItsJsonPath_When_APolicyJsonMistypesItsTimeZone()
    {
        // Given the daily sample in a zone with a letter missing
        var path = TempCopy("standard-daily.json", "\"timeZone\": \"UTC\"", "\"timeZone\": \"Europe/Berln\"");

        // When
        var (code, output, error) = Run("policy", "preview", path, "--from", From);
        File.Delete(path);

        // Then the id it probably meant, as a scenario file's mistyped zone is told, at the key's JSON path
        code.ShouldBe(ExitCodes.InvalidInput);
        output.ShouldBeEmpty();
        error.ShouldContain(": properties.timeZone: 'Europe/Berln' is not a known time zone (did you mean 'Europe/Berlin'?); allowed is ");
    }

    [Fact]
    public void Should_SayTheRetentionRange_When_ACountIsTooLargeForAnyNumberOfDays()
    {
        // Given
        var path = TempCopy("standard-daily.json", "\"count\": 180,", "\"count\": 99999999999,");

        // When
        var (code, output, error) = Run("policy", "preview", path, "--from", From);
        File.Delete(path);

        // Then the validator's range, at the count's line, position and JSON path, not how the number is stored
        code.ShouldBe(ExitCodes.InvalidInput);
        output.ShouldBeEmpty();
        error.ReplaceLineEndings("\n").ShouldBe($"vaultsim: {path}:17:18: properties.retentionPolicy.dailySchedule.retentionDuration.count: 99999999999 is out of range; allowed is 7 to 9999 days\n");
    }

    [Fact]
    public void Should_ExitWith2_When_TheSpecHourlySampleKeepsSnapshotsTooLong()
    {
        var (code, _, error) = Run("policy", "preview", Sample("enhanced-hourly.json"), "--from", From);

        code.ShouldBe(ExitCodes.InvalidInput);
        error.ShouldContain("properties.instantRpRetentionRangeInDays: 30 days is out of range; allowed is 1 to 22 days for an Enhanced policy taking 4 snapshots a day (every 4 hours for 16 hours).");
    }

    [Theory]
    [InlineData("--from", "yesterday", "--from: 'yesterday' is not a time; write ISO 8601 like 2026-01-15T09:30:00+01:00, a time in UTC like 2026-01-15T09:00, or a date like 2026-01-15 (00:00 there).")]
    [InlineData("--from", "2026-13-01T00:00:00Z", "--from: '2026-13-01T00:00:00Z' is not a date: a year has 12 months")]
    [InlineData("--from", "9999-12-31", "--from: 9999-12-31 is out of range; use a year from 1970 to 2999.")]
    [InlineData("--from", "1900-01-01T00:00:00Z", "--from: 1900-01-01T00:00:00Z is out of range; use a year from 1970 to 2999.")]
    [InlineData("--count", "0", "--count: '0' is out of range; allowed is a whole number from 1 to 1,000")]
    [InlineData("--count", "1001", "--count: '1001' is out of range")]
    [InlineData("--count", "ten", "--count: 'ten' is not a whole number")]
    [InlineData("--policy", "nope", "--policy: 'nope' is not in")]
    public void Should_ExitWith2WithoutAStackTrace_When_AnOptionIsBad(string option, string value, string message)
    {
        var (code, _, error) = Run("policy", "preview", Sample("mars-seed-004.json"), option, value);

        code.ShouldBe(ExitCodes.InvalidInput);
        error.ShouldContain(message);
        error.ShouldNotContain("   at ");
    }

    [Fact]
    public void Should_SayTheOnlyPolicy_When_ThePolicyNamedIsNotTheFilesOne()
    {
        // When
        var (code, _, error) = Run("policy", "preview", Sample("standard-daily.json"), "--policy", "nope");

        // Then
        code.ShouldBe(ExitCodes.InvalidInput);
        error.ShouldBe($"vaultsim: --policy: 'nope' is not in {Sample("standard-daily.json")}; the only allowed value is 'testing123'.\n");
    }

    [Fact]
    public void Should_ExitWith2_AndNameTheOptionAndItsFormatsOnOneLine_When_TheOutputIsUnknown()
    {
        var (code, _, error) = Run("policy", "preview", Sample("mars-seed-004.json"), "--output", "xml");

        code.ShouldBe(ExitCodes.InvalidInput);
        error.ReplaceLineEndings("\n").ShouldBe("vaultsim: --output: 'xml' is not a format; allowed is table or json.\n");
    }

    [Fact]
    public void Should_SayItIsAFolder_When_TheFileNamedIsAFolder()
    {
        // Given
        var folder = Path.Combine(Path.GetTempPath(), $"vaultsim-{Guid.NewGuid():N}.json");
        Directory.CreateDirectory(folder);

        // When
        var (code, _, error) = Run("policy", "preview", folder);
        Directory.Delete(folder);

        // Then
        code.ShouldBe(ExitCodes.InvalidInput);
        error.ReplaceLineEndings("\n").ShouldBe($"vaultsim: {folder}: this is a folder; name a policy JSON file (.json) or a scenario file (.yaml).\n");
    }

    [Fact]
    public void Should_ExitWith2AndNameTheFile_When_ItIsMissingOrNotJsonOrMalformed()
    {
        var missing = Path.Combine(Path.GetTempPath(), "vaultsim-no-such-policy.json");
        var text = Path.Combine(Path.GetTempPath(), $"vaultsim-{Guid.NewGuid():N}.txt");
        File.WriteAllText(text, "vaults: []\n");
        var broken = TempCopy("standard-daily.json", "\"name\": \"testing123\",", "\"name\": \"testing123\"");

        Run("policy", "preview", missing).Error.ShouldContain($"{missing}: no such file.");
        Run("policy", "preview", text).Error.ShouldContain("'.txt' files can't be read here");
        var (code, _, error) = Run("policy", "preview", broken);
        code.ShouldBe(ExitCodes.InvalidInput);
        error.ShouldContain($"{broken}:");
        error.ShouldContain(": not valid JSON: a ',' is missing before this point: the members of an object are separated by commas.");
    }

    [Fact]
    public void Should_SayTheNameHasNoExtension_When_APolicyFileIsNamedWithoutOne()
    {
        // Given a policy saved as 'az backup policy show ... > policy', which was refused as "'' files"
        var bare = Path.Combine(Path.GetTempPath(), $"vaultsim-{Guid.NewGuid():N}");
        File.Copy(Sample("standard-daily.json"), bare);
        try
        {
            // When
            var (code, output, error) = Run("policy", "preview", bare);

            // Then
            code.ShouldBe(ExitCodes.InvalidInput);
            output.ShouldBeEmpty();
            error.ReplaceLineEndings("\n").ShouldBe($"vaultsim: {bare}: the file's name has no extension, which is what tells a policy from a scenario here; name it .json if it holds a policy in the Azure policy shape (as 'az backup policy show' prints it), or .yaml if it is a scenario.\n");
        }
        finally
        {
            File.Delete(bare);
        }
    }

    [Fact]
    public void Should_PreviewAPolicyOfAScenario_FlaggingTheDstShiftedRuns()
    {
        var scenario = Path.Combine(RepositoryFiles.Scenarios, "dst-shift.yaml");

        var (code, output, _) = Run("policy", "preview", scenario, "--policy", "Daily10-Fixed", "--from", "2026-03-28T00:00:00Z", "--count", "2");

        code.ShouldBe(ExitCodes.Ok);
        output.ShouldContain("2026-03-28 09:00Z  2026-03-28 10:00 +01:00  -");
        output.ShouldContain("2026-03-29 09:00Z  2026-03-29 11:00 +02:00  shifted (set 10:00)");
    }

    [Fact]
    public void Should_SayThatFileMayBeAScenario_When_HelpIsAsked()
    {
        // When
        var (code, output, _) = Run("policy", "preview", "--help");

        // Then FILE may be a scenario, as the README says and the test above shows
        code.ShouldBe(ExitCodes.Ok);
        string.Join(' ', output.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ShouldContain("<FILE> A policy JSON file (Azure's shape, or vaultsim's MARS shape: see samples/policies) or a scenario file.");
    }

    [Fact]
    public void Should_ListTheRunsTheScenarioHas_When_PreviewingAPolicyOfAScenario()
    {
        // Given a Fixed policy, which the scenario's vault saves at its start, in winter
        var scenario = Path.Combine(RepositoryFiles.Scenarios, "dst-shift.yaml");

        // When previewed with no --from, and from a summer day
        var (code, fromStart, _) = Run("policy", "preview", scenario, "--policy", "Daily10-Fixed", "--count", "1");
        var summer = Run("policy", "preview", scenario, "--policy", "Daily10-Fixed", "--count", "1", "--from", "2026-07-01T00:00:00Z").Output;

        // Then both are saved at the scenario's start, as the simulation saves them, so summer runs keep the winter UTC time
        code.ShouldBe(ExitCodes.Ok);
        fromStart.ShouldContain("saved 2026-03-19 23:00Z");
        fromStart.ShouldContain("1  2026-03-20 09:00Z  2026-03-20 10:00 +01:00");
        summer.ShouldContain("saved 2026-03-19 23:00Z");
        summer.ShouldContain("1  2026-07-01 09:00Z  2026-07-01 11:00 +02:00  shifted (set 10:00)");
    }

    [Fact]
    public void Should_CountFromTheScenariosStart_When_FromIsAnOffset()
    {
        // Given dst-shift, which starts at 2026-03-19 23:00Z
        var scenario = Path.Combine(RepositoryFiles.Scenarios, "dst-shift.yaml");

        // When
        var (code, output, error) = Run("policy", "preview", scenario, "--policy", "Daily10-Fixed", "--count", "1", "--from", "+2d");

        // Then the first run listed is two days in, as render --at +2d and report --from +2d count
        error.ShouldBeEmpty();
        code.ShouldBe(ExitCodes.Ok);
        output.ShouldContain("1  2026-03-22 09:00Z  2026-03-22 10:00 +01:00");
    }

    [Fact]
    public void Should_RefuseAndNameTheStart_When_FromIsBeforeTheScenarioStarts()
    {
        // Given dst-shift, whose vault saves its policies at its start, 2026-03-20 00:00 CET
        var scenario = Path.Combine(RepositoryFiles.Scenarios, "dst-shift.yaml");

        // When the runs are asked for from New Year, before the policy exists
        var (code, output, error) = Run("policy", "preview", scenario, "--policy", "Daily10-Fixed", "--count", "1", "--from", "2026-01-01");

        // Then nothing is listed, rather than January runs of a policy the header says was saved in March
        code.ShouldBe(ExitCodes.InvalidInput);
        output.ShouldBeEmpty();
        error.ShouldBe("vaultsim: --from: 2026-01-01 is before scenario 'dst-shift' starts, at 2026-03-20T00:00:00+01:00 (2026-03-19T23:00:00Z), when its vaults save their policies; a policy has no runs before it is saved. Give a time from then on, or +offset from the start (+0d is the start).\n");
    }

    [Fact]
    public void Should_SayAPolicyFileHasNoStart_When_FromIsAnOffset()
    {
        // When
        var (code, _, error) = Run("policy", "preview", Sample("standard-weekly.json"), "--from", "+2d");

        // Then
        code.ShouldBe(ExitCodes.InvalidInput);
        error.ShouldBe("vaultsim: --from: +2d counts from a scenario's start, and a policy file has none; give a time or a date (for example 2026-03-01).\n");
    }

    [Fact]
    public void Should_ExitWith2AndPointAtTheLine_When_TheScenarioFileIsBroken()
    {
        var yaml = Path.Combine(Path.GetTempPath(), $"vaultsim-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(yaml, "vaults: []\n");

        var (code, _, error) = Run("policy", "preview", yaml);

        code.ShouldBe(ExitCodes.InvalidInput);
        error.ShouldContain($"{yaml}:1:1: name: 'name' is required here.");
    }

    [Fact]
    public void Should_AskForAName_When_TheFileHoldsSeveralPolicies()
    {
        var list = Path.Combine(Path.GetTempPath(), $"vaultsim-{Guid.NewGuid():N}.json");
        File.WriteAllText(list, $"[{File.ReadAllText(Sample("standard-daily.json"))},{File.ReadAllText(Sample("enhanced-daily.json"))}]");

        Run("policy", "preview", list, "--from", From).Error.ShouldContain("holds 2 policies ('testing123', 'psTestEnhancedPolicy'); choose one with --policy NAME");
        var (code, output, _) = Run("policy", "preview", list, "--from", From, "--policy", "psTestEnhancedPolicy", "--count", "1");
        code.ShouldBe(ExitCodes.Ok);
        output.ShouldContain("Policy 'psTestEnhancedPolicy'");
    }

    [Fact]
    public void Should_NameEachVaultsPolicy_When_TwoVaultsOfAScenarioDefineOneNameDifferently()
    {
        // Given two vaults whose Gold differ, and whose DefaultPolicy are alike
        var yaml = Path.Combine(Path.GetTempPath(), $"vaultsim-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(yaml, """
            name: two-golds
            start: 2026-01-01T00:00:00Z
            duration: 7d
            vaults:
              - name: vault-a
                region: westeurope
                policies:
                  - { name: Gold, schedule: { frequency: Daily, times: ["22:00"] }, retention: { daily: { days: 30 } } }
              - name: vault-b
                region: westeurope
                policies:
                  - { name: Gold, schedule: { frequency: Daily, times: ["02:00"] }, retention: { daily: { days: 7 } } }
            """);

        // When / Then: the bare name is ambiguous, the vault's name chooses
        var ambiguous = Run("policy", "preview", yaml, "--from", From, "--policy", "gold");
        ambiguous.Code.ShouldBe(ExitCodes.InvalidInput);
        ambiguous.Error.ShouldBe($"vaultsim: --policy: 'gold' differs between the vaults of {yaml}; choose one of 'vault-a/Gold', 'vault-b/Gold'.\n");
        Run("policy", "preview", yaml, "--from", From, "--policy", "vault-b/Gold", "--count", "1").Output.ShouldContain("Policy 'vault-b/Gold': Standard daily at 02:00 UTC, keep 7d");
        Run("policy", "preview", yaml, "--from", From, "--policy", "DefaultPolicy", "--count", "1").Code.ShouldBe(ExitCodes.Ok);
    }

    [Fact]
    public void Should_TakeAVaultsPolicyByVaultAndName_When_TheVaultsHoldItAlike()
    {
        // Given two vaults whose DefaultPolicy are alike, so that it is listed by its name alone
        var yaml = Path.Combine(Path.GetTempPath(), $"vaultsim-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(yaml, """
            name: two-vaults
            start: 2026-01-01T00:00:00Z
            duration: 7d
            vaults:
              - { name: vault-a, region: westeurope }
              - { name: vault-b, region: westeurope }
            """);

        // When the policy is named with one of those vaults
        var named = Run("policy", "preview", yaml, "--from", From, "--policy", "vault-b/DefaultPolicy", "--count", "1");

        // Then it is that vault's, and a vault that doesn't hold the name is still refused
        named.Code.ShouldBe(ExitCodes.Ok, named.Error);
        named.Output.ShouldContain("Policy 'DefaultPolicy'");
        Run("policy", "preview", yaml, "--from", From, "--policy", "vault-c/DefaultPolicy").Error.ShouldStartWith($"vaultsim: --policy: 'vault-c/DefaultPolicy' is not in {yaml}");
    }

    [Fact]
    public void Should_StartAtTheCurrentMinuteOfTheGivenClock_When_FromIsLeftOut()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var io = new CliIo(output, error, false) { WallClock = new FixedClock(new DateTimeOffset(2026, 7, 1, 9, 41, 27, TimeSpan.Zero)) };

        var code = VaultsimCli.Run(["policy", "preview", Sample("standard-daily.json"), "--count", "1"], io);

        code.ShouldBe(ExitCodes.Ok, error.ToString());
        output.ToString().ShouldContain("saved 2026-07-01 09:41Z");
        Run("policy", "preview", Sample("standard-daily.json")).Error.ShouldBe("vaultsim: --from: give the first instant to list; this run has no clock to take the current time from.\n");
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = VaultsimCli.Run(args, new CliIo(output, error, false));
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Should_ShowTheOffsetsSeconds_When_TheZoneKeptLocalMeanTime()
    {
        // Given the daily sample (04:30) in Monrovia, whose clocks ran 44 minutes 30 seconds behind UTC until 1972
        var path = TempCopy("standard-daily.json", "\"timeZone\": \"UTC\"", "\"timeZone\": \"Africa/Monrovia\"");

        // When previewed in 1971, as a table and as JSON
        var (_, table, _) = Run("policy", "preview", path, "--from", "1971-12-30", "--count", "1");
        var (_, json, _) = Run("policy", "preview", path, "--from", "1971-12-30", "--count", "1", "-o", "json");
        File.Delete(path);

        // Then the local time and the UTC one name the same instant, seconds and all
        table.ShouldContain("1  1971-12-30 05:14:30Z  1971-12-30 04:30 -00:44:30");
        json.ShouldContain("\"runUtc\": \"1971-12-30T05:14:30Z\"");
        json.ShouldContain("\"local\": \"1971-12-30T04:30:00-00:44:30\"");
    }

    private static string Line(IEnumerable<string> lines, string prefix) => lines.Single(l => l.StartsWith(prefix, StringComparison.Ordinal));

    private static string Sample(string file) => Path.Combine(AppContext.BaseDirectory, "Policies", "Samples", file);

    private static string TempCopy(string file, string find, string replace)
    {
        var text = File.ReadAllText(Sample(file));
        text.ShouldContain(find);
        var path = Path.Combine(Path.GetTempPath(), $"vaultsim-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
        return path;
    }
}
