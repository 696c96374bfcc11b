using System.Text.Json;
using Simulator.Scenarios;
using Simulator.Scenarios.Parsing;

namespace Simulator.Tests.Scenarios;

/// <summary>An editor asks for where a VM or a fleet lives where the parser does: a VM no vault protects at the start has no vault's region to take.</summary>
public sealed partial class ScenarioSchemaTests
{
    [Theory]
    [InlineData("vault: vault-weu", true)]
    [InlineData("region: westeurope", true)]
    [InlineData("region: westeurope\n    vault: vault-weu", true)]
    [InlineData("os: Linux", false)]
    public void Should_RequireARegionOfAVm_When_NoVaultProtectsItAtTheStart(string keys, bool parserAccepts)
    {
        // Given
        var text = $"""
            name: check
            start: 2026-01-05T00:00:00Z
            duration: 2d
            vaults:
              - name: vault-weu
                region: westeurope
            vms:
              - name: vm-web-01
                {keys}
            """;
        var vm = new Dictionary<string, string> { ["name"] = "vm-web-01" };
        foreach (var line in keys.Split('\n'))
        {
            vm[line.Split(':')[0].Trim()] = line.Split(':')[1].Trim();
        }

        // When
        var parsed = Record.Exception(() => ScenarioParser.Parse(text, "check.yaml"));
        var schemaAccepts = RequiredKeysHold(ItemsOf("vms"), vm.Keys);

        // Then
        (parsed is null).ShouldBe(parserAccepts, (parsed as ScenarioLoadException)?.Message);
        schemaAccepts.ShouldBe(parserAccepts);
    }

    [Theory]
    [InlineData("vault: vault-weu", true)]
    [InlineData("vaults: [vault-weu]", true)]
    [InlineData("regions: [westeurope]", true)]
    [InlineData("namePattern: \"vm-{n:00}\"", false)]
    public void Should_RequireWhereAFleetLives_When_ItIsWritten(string key, bool parserAccepts)
    {
        // Given
        var text = $"""
            name: check
            start: 2026-01-05T00:00:00Z
            duration: 2d
            vaults:
              - name: vault-weu
                region: westeurope
            fleets:
              - name: web
                count: 3
                {key}
            """;

        // When
        var parsed = Record.Exception(() => ScenarioParser.Parse(text, "check.yaml"));
        var schemaAccepts = RequiredKeysHold(ItemsOf("fleets"), ["name", "count", key.Split(':')[0]]);

        // Then
        (parsed is null).ShouldBe(parserAccepts, (parsed as ScenarioLoadException)?.Message);
        schemaAccepts.ShouldBe(parserAccepts);
    }

    /// <summary>The keywords the schema states presence with: <c>required</c>, and <c>anyOf</c> choices of <c>required</c>.</summary>
    private static bool RequiredKeysHold(JsonElement schema, IEnumerable<string> keys)
    {
        var present = keys.ToHashSet();
        bool Holds(JsonElement s) => !s.TryGetProperty("required", out var required) || required.EnumerateArray().All(k => present.Contains(k.GetString()!));
        return Holds(schema) && (!schema.TryGetProperty("anyOf", out var choices) || choices.EnumerateArray().Any(Holds));
    }
}
