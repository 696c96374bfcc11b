using Simulator.Core.Policies.AzureJson;
using Simulator.Scenarios;
using Simulator.Scenarios.Parsing;
using Simulator.Tests.Support;

namespace Simulator.Tests.Policies;

/// <summary>A member a policy JSON file gives twice in one object is refused where it is given again, naming where it
/// was first given, rather than one of the two being taken in silence.</summary>
public sealed class PolicyJsonDuplicateTests : IDisposable
{
    // The sample's run times (line 44) given again below them, on line 47.
    private const string RunTimes = "\"scheduleRunTimes\": [\n        \"2020-08-03T04:30:00+00:00\"\n    ],";
    private const string RunTimesTwice = RunTimes + "\n    \"scheduleRunTimes\": [\"2020-08-03T22:00:00+00:00\"],";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(RunTimes, RunTimesTwice, "47:5", "properties.schedulePolicy.scheduleRunTimes: \"scheduleRunTimes\" is given twice in this object, first at line 44; a field is given once: remove one of the two, or merge them.")]
    [InlineData("\"count\": 180,", "\"count\": 180, \"count\": 30,", "17:23", PolicySamples.DailyCount + ": \"count\" is given twice in this object, first at line 17; a field is given once: remove one of the two, or merge them.")]
    [InlineData("\"timeZone\": \"UTC\"", "\"timeZone\": \"UTC\", \"TimeZone\": \"W. Europe Standard Time\"", "49:24", "properties.TimeZone: \"TimeZone\" is given twice in this object, first as \"timeZone\" at line 49 (names are read ignoring case); a field is given once: remove one of the two, or merge them.")]
    public void Should_RefuseTheSecondMember_When_AnObjectGivesANameTwice(string find, string replace, string at, string words)
    {
        // Given
        var json = PolicySamples.StandardDaily(find, replace);

        // When
        var error = Should.Throw<AzurePolicyJsonException>(() => AzurePolicyJson.Import(json, "p.json"));

        // Then
        error.Message.ShouldBe($"p.json:{at}: {words}");
    }

    [Fact]
    public void Should_ReadTheFile_When_ObjectsApartShareAName()
    {
        // Given the sample, where each retention rule has its own retentionDuration and retentionTimes
        var json = PolicySamples.StandardDaily();

        // When
        var policy = AzurePolicyJson.Import(json, "p.json");

        // Then
        policy.Name.ShouldBe("testing123");
    }

    [Fact]
    public void Should_ExitWithTheFileLineAndField_When_PolicyPreviewReadsADuplicate()
    {
        // Given
        var path = _folder.File("twice.json");
        File.WriteAllText(path, PolicySamples.StandardDaily(RunTimes, RunTimesTwice));

        // When
        var run = CliRun.Of("policy", "preview", path, "--from", "2026-03-01");

        // Then
        run.ExitCode.ShouldBe(2);
        run.Out.ShouldBeEmpty();
        run.Error.ShouldBe($"vaultsim: {path}:47:5: properties.schedulePolicy.scheduleRunTimes: \"scheduleRunTimes\" is given twice in this object, first at line 44; a field is given once: remove one of the two, or merge them.\n");
    }

    [Fact]
    public void Should_SayTheDuplicateAtTheImport_When_AScenarioImportsAFileWithOne()
    {
        // Given
        File.WriteAllText(_folder.File("twice.json"), PolicySamples.StandardDaily("\"count\": 180,", "\"count\": 180, \"count\": 30,"));
        var scenario = PolicySamples.ScenarioImporting(_folder, "twice.json");

        // When
        var error = Should.Throw<ScenarioLoadException>(() => ScenarioParser.Load(scenario));

        // Then
        error.Errors.ShouldHaveSingleItem().ToString().ShouldBe(
            $"{scenario}:8:15: vaults[0].policies[0].file: twice.json:17:23: {PolicySamples.DailyCount}: \"count\" is given twice in this object, first at line 17; a field is given once: remove one of the two, or merge them.");
    }
}
