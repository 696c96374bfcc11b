using Simulator.Core.Policies.AzureJson;
using Simulator.Scenarios;
using Simulator.Scenarios.Parsing;
using Simulator.Tests.Support;

namespace Simulator.Tests.Policies;

/// <summary>A number in a policy JSON file that JSON can't read is told in our words, at the parser's line and column,
/// naming the field it was written for, as the file's other syntax mistakes are.</summary>
public sealed class PolicyJsonNumberTests : IDisposable
{
    private const string Count = PolicySamples.DailyCount;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("3x", "17:19", "'3x' is not a JSON number: 'x' can't follow the digits '3': write the number alone (3), or a text in double quotes (\"3x\").")]
    [InlineData("0x1F", "17:19", "'0x1F' is not a JSON number: 'x' can't follow the digits '0': write the number alone (0), or a text in double quotes (\"0x1F\").")]
    [InlineData("1.2.3", "17:21", "'1.2.3' is not a JSON number: a number holds one '.' at most; a version or an address is a text, written in double quotes (\"1.2.3\").")]
    [InlineData("-", "17:19", "'-' is not a JSON number: a '-' is followed by the number's digits, as in -2.")]
    [InlineData("--1", "17:19", "'--1' is not a JSON number: a '-' is followed by the number's digits, not '-', as in -2.")]
    [InlineData("01", "17:19", "'01' is not a JSON number: a number starts with 0 only when it is 0 or 0.something; write 1.")]
    [InlineData("-007.5", "17:20", "'-007.5' is not a JSON number: a number starts with 0 only when it is 0 or 0.something; write -7.5.")]
    [InlineData("00", "17:19", "'00' is not a JSON number: a number starts with 0 only when it is 0 or 0.something; write 0.")]
    [InlineData("1.", "17:20", "'1.' is not a JSON number: a '.' in a number is followed by digits, as in 1.5.")]
    [InlineData("1.e5", "17:20", "'1.e5' is not a JSON number: a '.' in a number is followed by digits, not 'e', as in 1.5.")]
    [InlineData("1e", "17:20", "'1e' is not a JSON number: an exponent ('e') in a number is followed by digits, as in 2e3.")]
    [InlineData("1E+", "17:21", "'1E+' is not a JSON number: an exponent ('E') in a number is followed by digits, as in 2e3.")]
    [InlineData("1e5e3", "17:21", "'1e5e3' is not a JSON number: a number holds one exponent at most, as in 2e3.")]
    [InlineData("1e5.3", "17:21", "'1e5.3' is not a JSON number: an exponent is a whole number, as in 2e3.")]
    [InlineData("+180", "17:18", "'+180' is not a JSON number: a number starts with a digit, or '-' for one below 0; write 180.")]
    [InlineData(".5", "17:18", "'.5' is not a JSON number: a number starts with a digit, or '-' for one below 0; write 0.5.")]
    public void Should_SayWhatBreaksTheNumberAtItsPlaceAndField_When_ACountIsMalformed(string count, string at, string words)
    {
        // Given
        var json = PolicySamples.StandardDaily().Replace("\"count\": 180,", $"\"count\": {count},", StringComparison.Ordinal);

        // When
        var error = Should.Throw<AzurePolicyJsonException>(() => AzurePolicyJson.Import(json, "bad.json"));

        // Then
        error.JsonPath.ShouldBe(Count);
        error.Message.ShouldBe($"bad.json:{at}: {Count}: not valid JSON: {words}");
    }

    [Theory]
    [InlineData("[1, 2x]", "1:6", "[1]", "'2x' is not a JSON number: 'x' can't follow the digits '2': write the number alone (2), or a text in double quotes (\"2x\").")]
    [InlineData("{\"value\": [{\"name\": \"a\", \"properties\": {\"instantRpRetentionRangeInDays\": 01}}]}", "1:75", "value[0].properties.instantRpRetentionRangeInDays", "'01' is not a JSON number: a number starts with 0 only when it is 0 or 0.something; write 1.")]
    [InlineData("{\"name\": \"a\", \"properties\": {\"schedulePolicy\": {\"scheduleRunTimes\": [\"x\", -]}}}", "1:76", "properties.schedulePolicy.scheduleRunTimes[1]", "'-' is not a JSON number: a '-' is followed by the number's digits, as in -2.")]
    public void Should_NameTheFieldByItsPath_When_TheMalformedNumberIsInsideAnArray(string json, string at, string path, string words)
    {
        // When
        var error = Should.Throw<AzurePolicyJsonException>(() => AzurePolicyJson.ImportAll(json, "bad.json"));

        // Then
        error.Message.ShouldBe($"bad.json:{at}: {path}: not valid JSON: {words}");
    }

    [Fact]
    public void Should_NameNoField_When_TheWholeFileIsAMalformedNumber()
    {
        // When
        var error = Should.Throw<AzurePolicyJsonException>(() => AzurePolicyJson.ImportAll("3x", "bad.json"));

        // Then
        error.Message.ShouldBe("bad.json:1:2: not valid JSON: '3x' is not a JSON number: 'x' can't follow the digits '3': write the number alone (3), or a text in double quotes (\"3x\").");
    }

    [Fact]
    public void Should_FindTheMistake_When_ItComesAfterManyDigits()
    {
        // Given
        var digits = new string('9', 60);
        var json = PolicySamples.StandardDaily().Replace("\"count\": 180,", $"\"count\": {digits}x,", StringComparison.Ordinal);

        // When
        var error = Should.Throw<AzurePolicyJsonException>(() => AzurePolicyJson.Import(json, "bad.json"));

        // Then the mistake is found past the digits, and the number is told short
        var shown = new string('9', 37) + "...";
        error.Problem.ShouldBe($"not valid JSON: '{shown}' is not a JSON number: 'x' can't follow the digits '{shown}': write the number alone ({shown}), or a text in double quotes (\"{shown}\").");
    }

    [Fact]
    public void Should_SayTheMalformedNumberInOurWords_When_PolicyPreviewReadsIt()
    {
        // Given
        var path = _folder.File("bad.json");
        File.WriteAllText(path, PolicySamples.StandardDaily().Replace("\"count\": 180,", "\"count\": 3x,", StringComparison.Ordinal));

        // When
        var run = CliRun.Of("policy", "preview", path, "--from", "2026-03-01");

        // Then
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe($"vaultsim: {path}:17:19: {Count}: not valid JSON: '3x' is not a JSON number: 'x' can't follow the digits '3': write the number alone (3), or a text in double quotes (\"3x\").\n");
    }

    [Fact]
    public void Should_SayTheMalformedNumberInOurWords_When_AScenarioImportsThePolicy()
    {
        // Given
        File.WriteAllText(_folder.File("bad.json"), PolicySamples.StandardDaily().Replace("\"count\": 180,", "\"count\": 1.2.3,", StringComparison.Ordinal));
        var scenario = PolicySamples.ScenarioImporting(_folder, "bad.json");

        // When
        var error = Should.Throw<ScenarioLoadException>(() => ScenarioParser.Load(scenario));

        // Then
        error.Errors.ShouldHaveSingleItem().ToString().ShouldBe($"{scenario}:8:15: vaults[0].policies[0].file: bad.json:17:21: {Count}: not valid JSON: '1.2.3' is not a JSON number: a number holds one '.' at most; a version or an address is a text, written in double quotes (\"1.2.3\").");
    }

    [Fact]
    public void Should_PlaceANumberTooLargeAtItsLine_When_AScenarioImportsThePolicy()
    {
        // Given
        File.WriteAllText(_folder.File("big.json"), PolicySamples.StandardDaily().Replace("\"count\": 180,", "\"count\": 99999999999,", StringComparison.Ordinal));
        var scenario = PolicySamples.ScenarioImporting(_folder, "big.json");

        // When
        var error = Should.Throw<ScenarioLoadException>(() => ScenarioParser.Load(scenario));

        // Then
        error.Errors.ShouldHaveSingleItem().ToString().ShouldBe($"{scenario}:8:15: vaults[0].policies[0].file: big.json:17:18: {Count}: 99999999999 is out of range; allowed is 7 to 9999 days");
    }

    [Fact]
    public void Should_PlaceANumberTooLarge_When_ItsNameIsSpelledInAnotherCase()
    {
        // Given the name as the REST API spells its neighbour (instantRPDetails), which the reader takes too
        var json = PolicySamples.StandardDaily().Replace("\"instantRpRetentionRangeInDays\": 2,", "\"instantRPRetentionRangeInDays\": 99999999999,", StringComparison.Ordinal);

        // When
        var error = Should.Throw<AzurePolicyJsonException>(() => AzurePolicyJson.Import(json, "big.json"));

        // Then
        (error.Line, error.Position).ShouldBe((12L, 38L));
    }

    [Fact]
    public void Should_TellTheDuplicateBeforeTheNumber_When_AMemberTooLargeIsWrittenTwice()
    {
        // Given two counts on one line, both too large
        var json = PolicySamples.StandardDaily().Replace("\"count\": 180,", "\"count\": 99999999999, \"count\": 88888888888,", StringComparison.Ordinal);

        // When
        var error = Should.Throw<AzurePolicyJsonException>(() => AzurePolicyJson.Import(json, "big.json"));

        // Then neither number is told as the one read: the person chooses which count is meant
        error.Message.ShouldBe($"big.json:17:31: {Count}: \"count\" is given twice in this object, first at line 17; a field is given once: remove one of the two, or merge them.");
    }
}
