using Simulator.Tests.Support;

namespace Simulator.Tests.Policies;

/// <summary><c>policy preview</c> refuses a policy file whose policy name holds a control character, as a scenario
/// importing the file does, rather than write it raw to the terminal.</summary>
public sealed class PolicyPreviewControlCharacterTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("testing\\u001b[2J", "U+001B")]
    [InlineData("test\\u0000ing", "U+0000")]
    public void Should_RefuseTheFileAtTheName_When_ThePolicyNameHoldsAControlCharacter(string name, string code)
    {
        // Given
        var path = _folder.File("escape.json");
        File.WriteAllText(path, PolicySamples.StandardDaily("\"name\": \"testing123\"", $"\"name\": \"{name}\""));

        // When
        var run = CliRun.Of("policy", "preview", path, "--from", "2026-03-01");

        // Then
        run.ExitCode.ShouldBe(2);
        run.Out.ShouldBeEmpty();
        run.Error.ShouldBe($"vaultsim: {path}:5:9: name: the text holds a control character ({code}), which can't be shown or written to a report; remove it.\n");
    }

    [Fact]
    public void Should_ShowTheControlCharacterAsItsCode_When_ThePolicyTimeZoneHoldsOne()
    {
        // Given a zone with a NUL after it
        var path = _folder.File("zone.json");
        File.WriteAllText(path, PolicySamples.StandardDaily("\"timeZone\": \"UTC\"", "\"timeZone\": \"Europe/Amsterdam\\u0000\""));

        // When
        var run = CliRun.Of("policy", "preview", path, "--from", "2026-03-01");

        // Then the zone as it is written, not with a raw NUL in the terminal
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain($"{path}:49:17: properties.timeZone: 'Europe/Amsterdam\\u0000' is not a known time zone (did you mean 'Europe/Amsterdam'?)", Case.Sensitive);
        run.Error.ShouldNotContain("\0");
    }

    [Theory]
    [InlineData("\"scheduleRunFrequency\": \"Daily\"", "\"scheduleRunFrequency\": \"Daily\\u001b[2J\"", "'Daily\\u001B[2J' is not allowed; allowed is Daily, Weekly, Hourly")]
    [InlineData("\"durationType\": \"Days\"", "\"durationType\": \"Days\\u0000\"", "'Days\\u0000' does not fit this rule; allowed is Days")]
    public void Should_ShowTheControlCharacterAsItsCode_When_AWordTheReaderRefusesHoldsOne(string find, string replace, string expected)
    {
        // Given a word of the policy with an escape sequence or a NUL in it
        var path = _folder.File("word.json");
        File.WriteAllText(path, PolicySamples.StandardDaily(find, replace));

        // When
        var run = CliRun.Of("policy", "preview", path, "--from", "2026-03-01");

        // Then the word as it is written, not with a raw control character in the terminal
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain(expected, Case.Sensitive);
        run.Error.ShouldNotContain("\u001b");
        run.Error.ShouldNotContain("\0");
    }
}
