using Simulator.Core.Policies.AzureJson;
using Simulator.Scenarios;
using Simulator.Scenarios.Parsing;
using Simulator.Tests.Support;

namespace Simulator.Tests.Policies;

/// <summary>A file listing two policies of one name, whatever their case, is refused at the second, naming where the
/// first is: a vault can't hold both, and --policy would pick one of the two in silence.</summary>
public sealed class PolicyJsonRepeatedNameTests : IDisposable
{
    private const string Unique = "a vault's policy names are unique, whatever their case: rename one of the two.";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("Gold", "gold", "'gold' is already the name of the policy at line 6 ('Gold'); " + Unique)]
    [InlineData("Gold", "Gold", "'Gold' is already the name of the policy at line 6; " + Unique)]
    public void Should_RefuseTheSecondPolicy_When_TwoPoliciesOfAFileHaveNamesEqualIgnoringCase(string first, string second, string words)
    {
        // Given the sample twice in a list, "name" on lines 6 and 60
        var json = TwoPolicies(first, second);

        // When
        var error = Should.Throw<AzurePolicyJsonException>(() => AzurePolicyJson.ImportAll(json, "two.json"));

        // Then
        error.Message.ShouldBe($"two.json:60:9: [1].name: {words}");
    }

    [Fact]
    public void Should_RefuseTheSecondPolicy_When_ARestListRepeatsANameInAnotherCase()
    {
        // Given a REST list (value), with the resource names Azure gives: VAULT/POLICY
        var json = "{\"value\": [\n" + Policy("vault1/Gold") + ",\n" + Policy("vault1/GOLD") + "]}";

        // When
        var error = Should.Throw<AzurePolicyJsonException>(() => AzurePolicyJson.ImportAll(json, "list.json"));

        // Then the names are compared as the vault holds them, without the vault's part
        error.Message.ShouldBe($"list.json:60:9: value[1].name: 'GOLD' is already the name of the policy at line 6 ('Gold'); {Unique}");
    }

    [Fact]
    public void Should_ReadBothPolicies_When_TheirNamesDiffer()
    {
        // Given
        var json = TwoPolicies("Gold", "Silver");

        // When
        var policies = AzurePolicyJson.ImportAll(json, "two.json");

        // Then
        policies.Select(p => p.Name).ShouldBe(["Gold", "Silver"]);
    }

    [Fact]
    public void Should_ExitWithTheFileAndBothLines_When_PolicyPreviewIsGivenAFileWithTwoPoliciesOfOneName()
    {
        // Given "Gold" kept 180 days and "gold" kept 7, where --policy gold used to preview "Gold"
        var path = _folder.File("two-gold.json");
        File.WriteAllText(path, TwoPolicies("Gold", "gold"));

        // When
        var run = CliRun.Of("policy", "preview", path, "--policy", "gold", "--from", "2026-03-01", "--count", "1");

        // Then
        run.ExitCode.ShouldBe(2);
        run.Out.ShouldBeEmpty();
        run.Error.ShouldBe($"vaultsim: {path}:60:9: [1].name: 'gold' is already the name of the policy at line 6 ('Gold'); {Unique}\n");
    }

    [Fact]
    public void Should_SayTheRepeatedNameAtTheImportWithTheFilesLines_When_AScenarioImportsAFileWithTwoPoliciesOfOneName()
    {
        // Given
        File.WriteAllText(_folder.File("two-gold.json"), TwoPolicies("Gold", "gold"));
        var scenario = PolicySamples.ScenarioImporting(_folder, "two-gold.json");

        // When
        var error = Should.Throw<ScenarioLoadException>(() => ScenarioParser.Load(scenario));

        // Then the file's own lines, not the import entry told as clashing with itself
        error.Errors.ShouldHaveSingleItem().ToString().ShouldBe(
            $"{scenario}:8:15: vaults[0].policies[0].file: two-gold.json:60:9: [1].name: 'gold' is already the name of the policy at line 6 ('Gold'); {Unique}");
    }

    [Fact]
    public void Should_TakeTheExportedDefaultPolicyForTheVaultsOwn_When_AScenarioImportsAVaultsList()
    {
        // Given a vault's list as 'az backup policy list' prints it, which holds its DefaultPolicy (here run at 04:30)
        File.WriteAllText(_folder.File("vault.json"), TwoPolicies("DefaultPolicy", "Gold"));
        var scenario = PolicySamples.ScenarioImporting(_folder, "vault.json");

        // When
        var definition = ScenarioParser.Load(scenario);
        var show = CliRun.Of("show", scenario);

        // Then it is saved over the one the vault is created with, not refused as a name already taken
        definition.Vaults[0].Policies.Select(p => p.Name).ShouldBe(["DefaultPolicy", "Gold"]);
        show.ExitCode.ShouldBe(0, show.Error);
        show.Out.Split('\n').Where(l => l.Contains("Policy DefaultPolicy", StringComparison.Ordinal)).Select(l => l[(l.LastIndexOf("  ", StringComparison.Ordinal) + 2)..])
            .ShouldBe(["Standard daily at 02:00 UTC, keep 30d, snapshots 2d", "Standard daily at 04:30 UTC, keep 180d/30w, snapshots 2d"]);
    }

    [Fact]
    public void Should_RefuseAnImportedDefaultPolicyOfAnotherType_When_ItWouldStandForTheVaultsStandardOne()
    {
        // Given an Enhanced policy exported under the name DefaultPolicy
        var enhanced = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Policies", "Samples", "enhanced-daily.json"));
        File.WriteAllText(_folder.File("enhanced.json"), enhanced.Replace("\"psTestEnhancedPolicy\"", "\"DefaultPolicy\"", StringComparison.Ordinal));
        var scenario = PolicySamples.ScenarioImporting(_folder, "enhanced.json");

        // When
        var error = Should.Throw<ScenarioLoadException>(() => ScenarioParser.Load(scenario));

        // Then
        error.Errors.ShouldHaveSingleItem().ToString().ShouldBe(
            $"{scenario}:8:15: vaults[0].policies[0].file: its 'DefaultPolicy' would stand for the vault's own, which is a Standard policy, and this one is an Enhanced policy; a policy's type can't change (domain.md §2.2).");
    }

    /// <summary>The Standard daily sample twice in an array, as 'az backup policy list' prints a vault's policies:
    /// the first's name on line 6, the second's on line 60, both at position 9.</summary>
    private static string TwoPolicies(string first, string second) => "[\n" + Policy(first) + ",\n" + Policy(second) + "]";

    private static string Policy(string name) =>
        PolicySamples.StandardDaily("\"name\": \"testing123\"", $"\"name\": \"{name}\"").TrimEnd();
}
