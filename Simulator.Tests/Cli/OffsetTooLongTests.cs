using Simulator.Tests.Support;

namespace Simulator.Tests.Cli;

/// <summary>An offset from the start too long to read is refused in words, before it is added to the start, where
/// one past NodaTime's range ended the program with its stack trace.</summary>
public sealed class OffsetTooLongTests : IDisposable
{
    private const string Scenario = """
        name: offsets
        seed: 3
        start: 2026-01-01T00:00:00Z
        duration: 3d
        vaults:
          - name: vault-a
            region: westeurope
        vms:
          - name: vm-1
            region: westeurope
            vault: vault-a
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("run", "--until")]
    [InlineData("show", "--until")]
    [InlineData("render", "--at")]
    public void Should_RefuseTheOffsetInWords_When_ItIsBeyondAnyInstant(string command, string option)
    {
        // Given
        var path = _folder.File("offsets.yaml");
        File.WriteAllText(path, Scenario);

        // When
        var run = CliRun.Of([command, path, option, "+99999999d"]);

        // Then
        run.ExitCode.ShouldBe(2);
        run.Out.ShouldBeEmpty();
        run.Error.ShouldBe($"vaultsim: {option}: '+99999999d' is too long; the longest duration is 36600 days.\n");
    }
}
