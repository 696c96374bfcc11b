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
}
