using Simulator.Core.Policies.AzureJson;
using Simulator.Tests.Support;

namespace Simulator.Tests.Policies;

/// <summary>A string in a policy JSON file that escapes half of a UTF-16 surrogate pair (<c>\ud800</c>) is no text:
/// it is refused at its line and field, as any other mistake in the file.</summary>
public sealed class PolicyJsonSurrogateTests : IDisposable
{
    private const string Words = "\"\\ud800\" is half of a UTF-16 surrogate pair, which is no character: write the character itself, or both halves of its pair.";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("\"timeZone\": \"UTC\"", "\"timeZone\": \"UTC\\ud800\"", "49:17", "properties.timeZone")]
    [InlineData("\"timeZone\": \"UTC\"", "\"timeZone\": \"UTC\", \"\\ud800\": 1", "49:24", "properties")]
    public void Should_RefuseTheString_When_ItEscapesHalfASurrogatePair(string find, string replace, string at, string field)
    {
        // Given
        var json = PolicySamples.StandardDaily(find, replace);

        // When
        var error = Should.Throw<AzurePolicyJsonException>(() => AzurePolicyJson.Import(json, "p.json"));

        // Then
        error.Message.ShouldBe($"p.json:{at}: {field}: {Words}");
    }

    [Fact]
    public void Should_ExitWithTheFileLineAndField_When_PolicyPreviewReadsHalfASurrogatePair()
    {
        // Given
        var path = _folder.File("half.json");
        File.WriteAllText(path, PolicySamples.StandardDaily("\"timeZone\": \"UTC\"", "\"timeZone\": \"UTC\\ud800\""));

        // When
        var run = CliRun.Of("policy", "preview", path, "--from", "2026-03-01");

        // Then
        run.ExitCode.ShouldBe(2);
        run.Out.ShouldBeEmpty();
        run.Error.ShouldBe($"vaultsim: {path}:49:17: properties.timeZone: {Words}\n");
    }
}
