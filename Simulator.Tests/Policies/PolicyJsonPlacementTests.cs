using System.Text.Json;
using System.Text.Json.Nodes;
using Simulator.Core.Policies.AzureJson;
using Simulator.Scenarios;
using Simulator.Scenarios.Model;
using Simulator.Scenarios.Parsing;
using Simulator.Tests.Support;

namespace Simulator.Tests.Policies;

/// <summary>A value of a policy JSON file that reads as JSON but not as a policy, or that the validator refuses, is
/// placed at its line and position, as a mistake in the text is, so a person goes straight to it.</summary>
public sealed class PolicyJsonPlacementTests : IDisposable
{
    private const string Count = PolicySamples.DailyCount;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("\"count\": 180,", "\"count\": 30.5,", "17:18", Count + ": expected a whole number, found the number 30.5")]
    [InlineData("\"count\": 180,", "\"count\": 3e1,", "17:18", Count + ": expected a whole number, found the number 3e1")]
    [InlineData("\"count\": 180,", "\"count\": \"180\",", "17:18", Count + ": expected a whole number, found the string '180'")]
    [InlineData("\"scheduleRunFrequency\": \"Daily\"", "\"scheduleRunFrequency\": \"Dialy\"", "43:29", "properties.schedulePolicy.scheduleRunFrequency: 'Dialy' is not allowed; allowed is Daily, Weekly, Hourly. Did you mean 'Daily'?")]
    public void Should_PlaceTheValue_When_ItHasTheWrongShape(string find, string replace, string at, string words)
    {
        // Given
        var json = PolicySamples.StandardDaily(find, replace);

        // When
        var error = Should.Throw<AzurePolicyJsonException>(() => AzurePolicyJson.Import(json, "p.json"));

        // Then
        error.Message.ShouldBe($"p.json:{at}: {words}");
    }

    [Theory]
    [InlineData("04:30:00")]
    [InlineData("04:30:00+00:00")]
    [InlineData("08/03/2020 04:30")]
    public void Should_RefuseARunTime_When_ItIsNotWrittenWithItsIsoDate(string runTime)
    {
        // Given a run time as a person might type it, where Azure writes 2020-08-03T04:30:00+00:00: without a date
        // the runtime would take the machine's today, which the core must never read
        var json = PolicySamples.StandardDaily("2020-08-03T04:30:00+00:00", runTime);

        // When
        var error = Should.Throw<AzurePolicyJsonException>(() => AzurePolicyJson.Import(json, "p.json"));

        // Then
        error.Problem.ShouldBe($"'{runTime}' is not a date-time; allowed is ISO 8601 such as 2020-08-03T04:30:00+00:00 or 2018-01-24T10:00:00Z");
    }

    [Theory]
    [InlineData("\\u0000", "\\u0000")]
    [InlineData("\\u001b", "\\u001B")]
    public void Should_RefuseARunTimeAtItsPlace_When_AControlCharacterFollowsIt(string written, string shown)
    {
        // Given a run time with a control character after it, which the runtime's parser passes over as it does a space
        var json = PolicySamples.StandardDaily("\"scheduleRunTimes\": [\n        \"2020-08-03T04:30:00+00:00\"", $"\"scheduleRunTimes\": [\n        \"2020-08-03T04:30:00+00:00{written}\"");

        // When
        var error = Should.Throw<AzurePolicyJsonException>(() => AzurePolicyJson.Import(json, "p.json"));

        // Then, where it was read as 04:30, refused as any other time that is not one, the character shown as its code
        error.Message.ShouldBe($"p.json:45:9: properties.schedulePolicy.scheduleRunTimes[0]: '2020-08-03T04:30:00+00:00{shown}' is not a date-time; allowed is ISO 8601 such as 2020-08-03T04:30:00+00:00 or 2018-01-24T10:00:00Z");
    }

    [Theory]
    [InlineData("2020-08-03T04:30:00+00:00 ")]
    [InlineData(" 2020-08-03T04:30:00+00:00")]
    [InlineData("2020-08-03T04:30:00Z\u00a0")]
    public void Should_RefuseARunTimeAtItsPlace_When_ASpaceIsBeforeOrAfterIt(string runTime)
    {
        // Given a run time with a space about it, which Azure refuses as not ISO 8601
        var json = PolicySamples.StandardDaily("\"scheduleRunTimes\": [\n        \"2020-08-03T04:30:00+00:00\"", $"\"scheduleRunTimes\": [\n        \"{runTime}\"");

        // When
        var error = Should.Throw<AzurePolicyJsonException>(() => AzurePolicyJson.Import(json, "p.json"));

        // Then, where it was read as 04:30, refused as any other time that is not one
        error.Message.ShouldBe($"p.json:45:9: properties.schedulePolicy.scheduleRunTimes[0]: '{runTime}' is not a date-time; allowed is ISO 8601 such as 2020-08-03T04:30:00+00:00 or 2018-01-24T10:00:00Z");
    }

    [Theory]
    [InlineData("2020-08-03T04: 30:00+00:00")]
    [InlineData("2020-08-03T04 :30:00+00:00")]
    [InlineData("2020-08-03T04:30:00 +00:00")]
    [InlineData("2020-08-03 04:30:00+00:00")]
    [InlineData("2020-08-03T04:\u00a030:00Z")]
    public void Should_RefuseARunTimeAtItsPlace_When_ASpaceIsInsideIt(string runTime)
    {
        // Given a run time with a space in it, which the runtime's parser passes over as it does one about it: the
        // policy ran at 04:30 where a scenario's own "04: 30" is refused
        var json = PolicySamples.StandardDaily("\"scheduleRunTimes\": [\n        \"2020-08-03T04:30:00+00:00\"", $"\"scheduleRunTimes\": [\n        \"{runTime}\"");

        // When
        var error = Should.Throw<AzurePolicyJsonException>(() => AzurePolicyJson.Import(json, "p.json"));

        // Then it is refused as one with a space about it is, at its place
        error.Message.ShouldBe($"p.json:45:9: properties.schedulePolicy.scheduleRunTimes[0]: '{runTime}' is not a date-time; allowed is ISO 8601 such as 2020-08-03T04:30:00+00:00 or 2018-01-24T10:00:00Z");
    }

    [Fact]
    public void Should_NameTheScenarioAndThePolicyFile_When_AnImportedRunTimeHasASpaceInside()
    {
        // Given a scenario whose vault imports a policy file with a run time written "04: 30"
        var scenario = """
            name: imports
            start: 2026-01-01T00:00:00Z
            duration: 3d
            vaults:
              - name: vault-a
                region: westeurope
                policies:
                  - file: gold.json
            """;
        var gold = new PolicyFileText("gold.json", PolicySamples.StandardDaily("2020-08-03T04:30:00+00:00", "2020-08-03T04: 30:00+00:00"));

        // When
        var error = Should.Throw<ScenarioLoadException>(() => ScenarioParser.Parse(scenario, "imports.yaml", [gold]));

        // Then the scenario's line names the file, and the file's line names the field
        error.Errors.ShouldHaveSingleItem().ToString().ShouldBe(
            "imports.yaml:8:15: vaults[0].policies[0].file: gold.json:45:9: properties.schedulePolicy.scheduleRunTimes[0]: '2020-08-03T04: 30:00+00:00' is not a date-time; allowed is ISO 8601 such as 2020-08-03T04:30:00+00:00 or 2018-01-24T10:00:00Z");
    }

    [Theory]
    [InlineData("\"scheduleRunFrequency\": \"Daily\"", "\"scheduleRunFrequency\": \"Dialy\"", "'Dialy' is not allowed; allowed is Daily, Weekly, Hourly. Did you mean 'Daily'?")]
    [InlineData("\"Sunday\"", "\"Sundya\"", "'Sundya' is not allowed; allowed is Sunday, Monday, Tuesday, Wednesday, Thursday, Friday, Saturday. Did you mean 'Sunday'?")]
    [InlineData("\"scheduleRunFrequency\": \"Daily\"", "\"scheduleRunFrequency\": \"Monthly\"", "'Monthly' is not allowed; allowed is Daily, Weekly, Hourly")]
    public void Should_SayTheWordMeant_When_AWordOfTheFileIsMisspelt(string find, string replace, string words)
    {
        // Given a word of Azure's vocabulary with a slip in it, or a word that is no slip of any
        var json = PolicySamples.StandardDaily(find, replace);

        // When
        var error = Should.Throw<AzurePolicyJsonException>(() => AzurePolicyJson.Import(json, "p.json"));

        // Then the word it probably meant is named, as a scenario's mistyped word is, and only for a slip
        error.Problem.ShouldBe(words);
    }

    [Fact]
    public void Should_PlaceAMissingMemberAtTheObjectThatLacksIt_When_ACountIsLeftOut()
    {
        // Given retentionDuration (line 16, its '{' at position 30) without its count
        var json = PolicySamples.StandardDaily("\"count\": 180,", string.Empty);

        // When
        var error = Should.Throw<AzurePolicyJsonException>(() => AzurePolicyJson.Import(json, "p.json"));

        // Then
        error.Message.ShouldBe($"p.json:16:30: {Count}: is missing; expected 7 to 9999 days");
    }

    [Fact]
    public void Should_PlaceAProblemOfTheSecondPolicyInTheSecond_When_TheFileHoldsTwoAlike()
    {
        // Given an array of two policies, written alike but for the second's name and its count
        var json = TwoPolicies(secondCount: 2);
        var policies = AzurePolicyJson.ImportAll(json, "two.json");
        var countLine = json.Split('\n').Index().Last(l => l.Item.Contains("\"count\": 2", StringComparison.Ordinal)).Index + 1;

        // When
        var at = AzurePolicyJson.Place(json, "two.json", 1, AzurePolicyJson.PathOf("retention.daily.days", policies[1]));

        // Then the second policy's count, not the first's
        at.ShouldStartWith($"two.json:{countLine}:");
        AzurePolicyJson.Place(json, "two.json", 0, Count).ShouldNotBe(at);
    }

    [Fact]
    public void Should_SayTheLineOfTheRefusedCount_When_AScenarioImportsAPolicyTheValidatorRefuses()
    {
        // Given
        File.WriteAllText(_folder.File("short.json"), PolicySamples.StandardDaily("\"count\": 180,", "\"count\": 3,"));
        var scenario = PolicySamples.ScenarioImporting(_folder, "short.json");

        // When
        var error = Should.Throw<ScenarioLoadException>(() => ScenarioParser.Load(scenario));

        // Then
        error.Errors.ShouldHaveSingleItem().ToString().ShouldBe($"{scenario}:8:15: vaults[0].policies[0].file: short.json:17:18: {Count}: 3 is out of range; allowed is 7 to 9999 days.");
    }

    private static string TwoPolicies(int secondCount)
    {
        var first = JsonNode.Parse(PolicySamples.StandardDaily())!;
        var second = first.DeepClone();
        second["name"] = "second";
        second["properties"]!["retentionPolicy"]!["dailySchedule"]!["retentionDuration"]!["count"] = secondCount;
        return new JsonArray(first, second).ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
