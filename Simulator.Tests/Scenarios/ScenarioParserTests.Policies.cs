namespace Simulator.Tests.Scenarios;

public sealed partial class ScenarioParserTests
{
    [Fact]
    public void Should_ReportOnlyTheValue_When_APolicyRuleIsLeftWithoutTheValueThatCouldNotBeRead()
    {
        // Given: 'Jan' is no month, and without it the yearly rule would name no month at all
        var text = World.Replace(
            "retention: { daily: { days: 30 } }",
            "retention: { daily: { days: 30 }, yearly: { years: 1, months: [Jan], days: [1] } }",
            StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Select(e => e.Field).ShouldBe(["vaults[0].policies[0].retention.yearly.months[0]"], Describe(errors));
        errors[0].Message.ShouldContain("'Jan' is not one of January");
    }

    [Fact]
    public void Should_ReportAMissingRunTimeOnce_When_ADailyScheduleHasNoTimes()
    {
        // Given
        var text = World.Replace("schedule: { frequency: Daily, times: [\"02:00\"] }", "schedule: { frequency: Daily }", StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Select(e => e.Field).ShouldBe(["vaults[0].policies[0].schedule.times"], Describe(errors));
        errors[0].Message.ShouldContain("needs at least one run time");
    }

    [Fact]
    public void Should_ReportMissingDaysOnce_When_AWeeklyScheduleHasNoDays()
    {
        // Given: without its days, the schedule would also be said to name no day, and the retention's Sunday to be unscheduled
        var text = World.Replace(
            "schedule: { frequency: Daily, times: [\"02:00\"] }\n        retention: { daily: { days: 30 } }",
            "schedule: { frequency: Weekly, times: [\"02:00\"] }\n        retention: { weekly: { weeks: 4, days: [Sunday] } }",
            StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Select(e => e.Field).ShouldBe(["vaults[0].policies[0].schedule.days"], Describe(errors));
        errors[0].Message.ShouldContain("a weekly schedule needs its days");
    }

    [Theory]
    [InlineData("dyas: [Sunday]", "vaults[0].policies[0].schedule.dyas", "Did you mean 'days'?")]
    [InlineData("days: [Funday]", "vaults[0].policies[0].schedule.days[0]", "'Funday' is not one of")]
    public void Should_ReportOnlyTheDaysMistake_When_AWeeklyScheduleDaysCannotBeRead(string days, string field, string message)
    {
        // Given
        var text = World.Replace(
            "schedule: { frequency: Daily, times: [\"02:00\"] }\n        retention: { daily: { days: 30 } }",
            $"schedule: {{ frequency: Weekly, times: [\"02:00\"], {days} }}\n        retention: {{ weekly: {{ weeks: 4, days: [Sunday] }} }}",
            StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Select(e => e.Field).ShouldBe([field], Describe(errors));
        errors[0].Message.ShouldContain(message);
    }

    [Fact]
    public void Should_RefuseTheVaults201stPolicy_AtItsLine_When_AScenarioDefinesTooMany()
    {
        // Given Gold and 199 more, which with DefaultPolicy make 201
        var more = string.Concat(Enumerable.Range(1, 199).Select(i =>
            $"\n      - name: Extra{i:000}\n        schedule: {{ frequency: Daily, times: [\"02:00\"] }}\n        retention: {{ daily: {{ days: 30 }} }}"));
        var text = World.Replace("retention: { daily: { days: 30 } }\nvms:", "retention: { daily: { days: 30 } }" + more + "\nvms:", StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Select(e => (e.Field, e.Line)).ShouldBe([("vaults[0].policies[199]", 8 + (199 * 3))], Describe(errors));
        errors[0].Message.ShouldBe("a vault holds at most 200 backup policies, DefaultPolicy among them (domain.md §1.1); this is policy 201.");
    }

    [Fact]
    public void Should_SayThePolicyFileIsAFolder_When_ItNamesAFolder()
    {
        // Given
        using var folder = new Support.TempFolder();
        Directory.CreateDirectory(folder.File("policies"));
        var scenario = Support.PolicySamples.ScenarioImporting(folder, "policies");

        // When
        var error = Should.Throw<Simulator.Scenarios.ScenarioLoadException>(() => Simulator.Scenarios.Parsing.ScenarioParser.Load(scenario));

        // Then
        error.Errors.ShouldHaveSingleItem().ToString().ShouldBe(
            $"{scenario}:8:15: vaults[0].policies[0].file: policies is a folder; name a policy JSON file (as 'az backup policy show' writes one).");
    }

    [Fact]
    public void Should_SayWhereThePolicyFileWasLookedFor_When_ItDoesNotExist()
    {
        // Given a file named as from the current folder, where it is read from the scenario's
        using var folder = new Support.TempFolder();
        var scenario = Support.PolicySamples.ScenarioImporting(folder, "policies/gold.json");

        // When
        var error = Should.Throw<Simulator.Scenarios.ScenarioLoadException>(() => Simulator.Scenarios.Parsing.ScenarioParser.Load(scenario));

        // Then
        error.Errors.ShouldHaveSingleItem().ToString().ShouldBe(
            $"{scenario}:8:15: vaults[0].policies[0].file: policies/gold.json does not exist; a policy file is named from the scenario's folder, so it was looked for as {Path.Combine(Path.GetDirectoryName(Path.GetFullPath(scenario))!, "policies", "gold.json")}.");
    }

    [Fact]
    public void Should_SayWhereThePolicyFileWasLookedForRelatively_When_TheScenarioWasNamedRelatively()
    {
        // Given the scenario named from the current folder, as a CI job names its files
        using var folder = new Support.TempFolder();
        var scenario = Support.PolicySamples.ScenarioImporting(folder, "policies/gold.json");
        var given = Path.GetRelativePath(Environment.CurrentDirectory, scenario);

        // When
        var run = Support.CliRun.Of("validate", given);

        // Then the place is said relatively too: the machine's own folders made two machines' reports differ
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain($"so it was looked for as {Path.Combine(Path.GetDirectoryName(given)!, "policies", "gold.json")}.");
    }
}


public sealed class ImportedPolicyDstModeTests
{
    [Theory]
    [InlineData("", "FollowWallClock")]
    [InlineData("\n        dstMode: Fixed", "Fixed")]
    public void Should_TakeTheScenariosDstMode_When_ThePolicyFileStatesNone_UnlessItsEntryDoes(string entryMode, string expected)
    {
        // Given an Azure export, which has no dstMode, imported by a scenario whose policies follow the wall clock
        using var folder = new Support.TempFolder();
        File.WriteAllText(folder.File("gold.json"), Support.PolicySamples.StandardDaily());
        var scenario = Support.PolicySamples.ScenarioImporting(folder, "gold.json");
        File.WriteAllText(scenario, "dstMode: FollowWallClock\n" + File.ReadAllText(scenario) + entryMode);

        // When
        var definition = Simulator.Scenarios.Parsing.ScenarioParser.Load(scenario);

        // Then
        definition.Vaults[0].Policies.Single(p => p.Name == "testing123").DstMode.ToString().ShouldBe(expected);
    }

    [Fact]
    public void Should_KeepThePolicyFilesOwnDstMode_When_ItStatesOne()
    {
        // Given a policy file that states Fixed, in a scenario whose other policies follow the wall clock
        using var folder = new Support.TempFolder();
        File.WriteAllText(folder.File("gold.json"), Support.PolicySamples.StandardDaily("\"timeZone\": \"UTC\"", "\"timeZone\": \"UTC\", \"dstMode\": \"Fixed\""));
        var scenario = Support.PolicySamples.ScenarioImporting(folder, "gold.json");
        File.WriteAllText(scenario, "dstMode: FollowWallClock\n" + File.ReadAllText(scenario));

        // When
        var definition = Simulator.Scenarios.Parsing.ScenarioParser.Load(scenario);

        // Then
        definition.Vaults[0].Policies.Single(p => p.Name == "testing123").DstMode.ToString().ShouldBe("Fixed");
    }
}

public sealed class EmptyPolicyFileTests
{
    [Theory]
    [InlineData("[]")]
    [InlineData("{\"value\": []}")]
    public void Should_RefuseTheImportAtItsFile_When_ThePolicyFileHoldsNoPolicy(string json)
    {
        // Given a scenario importing a file with no policy, and a VM naming a policy the file was meant to hold
        using var folder = new Support.TempFolder();
        File.WriteAllText(folder.File("gold.json"), json);
        var scenario = Support.PolicySamples.ScenarioImporting(folder, "gold.json");
        File.AppendAllText(scenario, "\nvms:\n  - name: vm1\n    vault: vault-a\n    policy: testing123\n");

        // When
        var error = Should.Throw<Simulator.Scenarios.ScenarioLoadException>(() => Simulator.Scenarios.Parsing.ScenarioParser.Load(scenario));

        // Then it is told at the import, where the run was refused at its start (line 1, "world") and show crashed
        error.Errors.ShouldHaveSingleItem().ToString().ShouldBe(
            $"{scenario}:8:15: vaults[0].policies[0].file: gold.json holds no policy; import a file that holds one or more, as 'az backup policy show' or 'list' writes them.");
    }
}
