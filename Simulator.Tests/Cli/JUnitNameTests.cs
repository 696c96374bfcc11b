using System.Xml.Linq;
using Simulator.Tests.Support;

namespace Simulator.Tests.Cli;

/// <summary>A CI server keeps a test's history by its name, so a check must keep its name whatever the run finds.</summary>
public sealed class JUnitNameTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("vaultsim-junit-").FullName;

    private const string Scenario = """
        name: point-checks
        start: 2026-01-01T00:00:00Z
        duration: 3d
        vaults:
          - name: vault-a
            region: westeurope
        vms:
          - name: vm-1
            region: westeurope
            vault: vault-a
        expect:
          - point: { item: vm-1, nth: 1 }
            full: true
            expiry: 2030-01-01T00:00:00Z
            snapshotExpiry: 2030-01-01T00:00:00Z
        """;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private IReadOnlyList<string> TestCaseNames(string seed)
    {
        var path = Path.Combine(_folder, "points.yaml");
        File.WriteAllText(path, Scenario);
        var junit = Path.Combine(_folder, $"report-{seed}.xml");
        CliRun.Of("run", path, "--seed", seed, "--junit", junit);
        return XDocument.Load(junit).Descendants("testcase").Select(t => t.Attribute("name")!.Value).ToList();
    }

    [Fact]
    public void Should_NameAPointCheckTheSame_When_AnotherSeedTakesThePointAtAnotherTime()
    {
        // Given the same checks of the first point, whose time the seed's start delay moves
        // When run with two seeds
        var first = TestCaseNames("1");
        var second = TestCaseNames("2");

        // Then
        second.ShouldBe(first);
    }

    [Fact]
    public void Should_NameAPointCheckFromTheFileAlone_Without_WhatTheRunFound()
    {
        // Given / When
        var names = TestCaseNames("1");

        // Then
        names.ShouldContain(n => n.StartsWith("point #1 of vm-1 full @ ", StringComparison.Ordinal));
    }
}
