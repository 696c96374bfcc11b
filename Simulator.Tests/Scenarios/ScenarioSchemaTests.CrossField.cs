namespace Simulator.Tests.Scenarios;

/// <summary>An editor flags what one field of a mapping rules out in another, where the parser refuses it: a
/// schedule's keys by its frequency, soft-delete days while soft delete is off, cross-region restore on a vault that
/// is not GeoRedundant, a policy with nowhere to protect, either-or keys.</summary>
public sealed partial class ScenarioSchemaTests
{
    private const string Weu = "name: check\nstart: 2026-01-05T00:00:00Z\nduration: 2d\nvaults:\n  - { name: vault-weu, region: westeurope";

    [Theory]
    [InlineData(", crossRegionRestore: true }", true)]
    [InlineData(", redundancy: LocallyRedundant, crossRegionRestore: true }", false)]
    [InlineData(", redundancy: LocallyRedundant, crossRegionRestore: false }", true)]
    [InlineData(", softDelete: false }", true)]
    [InlineData(", softDelete: false, softDeleteDays: 20 }", false)]
    [InlineData(" }\ntimeline:\n  - { at: +1h, do: setSoftDelete, vault: vault-weu, enabled: false, days: 20 }", false)]
    [InlineData(" }\ntimeline:\n  - { at: +1h, do: setSoftDelete, vault: vault-weu, enabled: true, days: 20 }", true)]
    [InlineData(", policies: [{ name: G, schedule: { frequency: Daily, days: [Sunday], times: ['02:00'] }, retention: { daily: { days: 30 } } }] }", false)]
    [InlineData(", policies: [{ name: G, schedule: { frequency: Daily }, retention: { daily: { days: 30 } } }] }", false)]
    [InlineData(", policies: [{ name: G, schedule: { frequency: Weekly, times: ['02:00'] }, retention: { weekly: { weeks: 4, days: [Sunday] } } }] }", false)]
    [InlineData(", policies: [{ name: G, schedule: { frequency: Weekly, days: [Sunday], times: ['02:00'] }, retention: { weekly: { weeks: 4, days: [Sunday] } } }] }", true)]
    [InlineData(", policies: [{ name: G, kind: Enhanced, schedule: { frequency: Hourly, interval: 4, windowStart: '08:00', times: ['02:00'] }, retention: { daily: { days: 30 } } }] }", false)]
    [InlineData(", policies: [{ name: G, kind: Enhanced, schedule: { frequency: Hourly, windowStart: '08:00' }, retention: { daily: { days: 30 } } }] }", false)]
    [InlineData(", policies: [{ name: G, kind: Enhanced, schedule: { frequency: Hourly, interval: 4, windowStart: '08:00' }, retention: { daily: { days: 30 } } }] }", true)]
    [InlineData(", policies: [{ name: G, kind: Enhanced, schedule: { frequency: Hourly, interval: 12, windowStart: '08:00', windowHours: 8 }, retention: { daily: { days: 30 } } }] }", false)]
    [InlineData(", policies: [{ name: G, kind: Enhanced, schedule: { frequency: Daily, windowHours: 8, times: ['02:00'] }, retention: { daily: { days: 30 } } }] }", false)]
    [InlineData(" }\nfleets:\n  - { name: f, count: 2, namePattern: 'vm-{n}', vault: vault-weu, vaults: [vault-weu] }", false)]
    [InlineData(" }\nfleets:\n  - { name: f, count: 2, namePattern: 'vm-{n}', vaults: [vault-weu], policy: DefaultPolicy }", true)]
    [InlineData(" }\nfleets:\n  - { name: f, count: 2, namePattern: 'vm-{n}', regions: [westeurope], policy: DefaultPolicy }", false)]
    [InlineData(" }\nvms:\n  - { name: vm-1, region: westeurope, policy: DefaultPolicy }", false)]
    [InlineData(" }\nvms:\n  - { name: vm-1, vault: vault-weu, policy: DefaultPolicy }", true)]
    [InlineData(" }\nvms:\n  - { name: vm-1, vault: vault-weu }\nexpect:\n  - { point: { item: vm-1, nth: 1, time: '2026-01-05T10:00:00Z' }, tier: Snapshot }", false)]
    [InlineData(" }\nvms:\n  - { name: vm-1, vault: vault-weu }\nexpect:\n  - { point: { item: vm-1, time: '2026-01-05T10:00:00Z' }, tier: Snapshot }", true)]
    [InlineData(" }\nvms:\n  - { name: vm-1, vault: vault-weu }\nexpect:\n  - { jobs: { item: vm-1 }, count: 1, min: 0 }", false)]
    [InlineData(" }\nvms:\n  - { name: vm-1, vault: vault-weu }\nexpect:\n  - { jobs: { item: vm-1 }, count: 1 }", true)]
    [InlineData(" }\nvms:\n  - { name: vm-1, vault: vault-weu }\nexpect:\n  - { jobs: { item: vm-1 }, min: 1, max: 2 }", true)]
    public void Should_FlagWhatOneFieldRulesOutInAnother_AsTheParserDoes(string rest, bool parserAccepts)
    {
        // Given
        var text = Weu + rest + "\n";

        // Then the parser and an editor's check of the schema take it alike
        ShouldBeTakenAsTheParserTakesIt(text, parserAccepts);
    }
}
