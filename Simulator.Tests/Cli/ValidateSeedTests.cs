using Simulator.Scenarios.Parsing;
using Simulator.Tests.Support;

namespace Simulator.Tests.Cli;

/// <summary><c>validate --seed N</c> checks a file as <c>run --seed N</c> runs it: a fleet's VMs are drawn from the seed,
/// so a file that names one holds under one seed and not under another.</summary>
public sealed class ValidateSeedTests : IDisposable
{
    private const string Scenario = """
        name: seeded-names
        seed: 4242
        start: 2026-05-04T00:00:00Z
        duration: 2d
        vaults:
          - name: vault-weu
            region: westeurope
        fleets:
          - name: web
            count: 3
            namePattern: "vm-{word}-{n:00}"
            vault: vault-weu

        """;

    private const string Other = "7";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("step")]
    [InlineData("expectation")]
    public void Should_AcceptAFleetVmOfTheFilesSeed_When_NoSeedIsGiven(string use)
    {
        // Given a file that names a VM its own seed draws
        var file = Write(use, OnlyUnder(4242, 7));

        // When
        var validate = CliRun.Of("validate", file);

        // Then
        validate.ExitCode.ShouldBe(0, validate.Error);
    }

    [Theory]
    [InlineData("step")]
    [InlineData("expectation")]
    public void Should_RefuseAFleetVmOfTheFilesSeed_When_DashDashSeedDrawsOtherNames(string use)
    {
        // Given a file that names a VM only its own seed draws
        var vm = OnlyUnder(4242, 7);
        var file = Write(use, vm);

        // When
        var validate = CliRun.Of("validate", file, "--seed", Other);
        var run = CliRun.Of("run", file, "--seed", Other);

        // Then validate says what run says
        validate.ExitCode.ShouldBe(2);
        validate.Error.ShouldContain($"no VM or server named '{vm}' is defined.");
        validate.Error.ShouldBe(run.Error);
    }

    [Theory]
    [InlineData("step")]
    [InlineData("expectation")]
    public void Should_AcceptAFleetVmOfDashDashSeed_When_TheFilesOwnSeedDrawsOtherNames(string use)
    {
        // Given a file that names a VM only seed 7 draws
        var vm = OnlyUnder(7, 4242);
        var file = Write(use, vm);

        // When
        var own = CliRun.Of("validate", file);
        var seven = CliRun.Of("validate", file, "--seed", Other);

        // Then
        own.ExitCode.ShouldBe(2);
        own.Error.ShouldContain($"no VM or server named '{vm}' is defined.");
        seven.ExitCode.ShouldBe(0, seven.Error);
        seven.Out.ShouldEndWith("1 valid\n");
    }

    /// <summary>A VM of the fleet that <paramref name="seed"/> draws and <paramref name="other"/> does not: asked of the
    /// parser rather than written here, so the tests keep their point when the generator draws other words.</summary>
    private static string OnlyUnder(long seed, long other)
    {
        var names = ScenarioParser.Parse(Scenario, "names.yaml", seed: seed).DataSources.Select(s => s.Name);
        var others = ScenarioParser.Parse(Scenario, "names.yaml", seed: other).DataSources.Select(s => s.Name);
        return names.Except(others, StringComparer.OrdinalIgnoreCase).First();
    }

    private string Write(string use, string vm)
    {
        var path = _folder.File($"{use}.yaml");
        File.WriteAllText(path, Scenario + (use == "step"
            ? $"timeline:\n  - at: +1d\n    do: backupNow\n    item: {vm}\n"
            : $"expect:\n  - item: {vm}\n    protectionState: Protected\n"));
        return path;
    }
}
