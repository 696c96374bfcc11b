using Simulator.Core.Journal;
using Simulator.Scenarios.Parsing;
using Simulator.Scenarios.Running;
using Simulator.Tests.Support;

namespace Simulator.Tests.Scenarios;

/// <summary>The names a run's journal can hold, known from the file before it runs: <c>show</c>'s columns are fitted to them.</summary>
public sealed partial class ScenarioDefinitionTests
{
    [Fact]
    public void Should_NameEveryPolicyAVaultCanSave_When_ListingTheJournalsWhats()
    {
        // Given a policy of the vault, and one a step saves
        var definition = ScenarioParser.Parse("name: policies\n" + OneVmForADay.Replace("    region: westeurope\n", """
                region: westeurope
                policies:
                  - { name: Gold-Daily-Keep-30-Days, schedule: { frequency: Daily, times: ["02:00"] }, retention: { daily: { days: 30 } } }

            """, StringComparison.Ordinal) + """
            timeline:
              - at: +1h
                do: updatePolicy
                vault: vault-a
                policy: { name: Silver-Daily-Keep-7-Days, schedule: { frequency: Daily, times: ["03:00"] }, retention: { daily: { days: 7 } } }
            """, "policies.yaml");

        // When
        var whats = definition.JournalWhats();

        // Then
        whats.ShouldBe(["Policy Gold-Daily-Keep-30-Days", "Policy Silver-Daily-Keep-7-Days", "Policy DefaultPolicy"], ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Should_FitEveryLineOfARun_When_ColumnsAreFittedToTheFileBeforeItRuns(string file)
    {
        // Given
        var definition = ScenarioParser.Load(Path.Combine(RepositoryFiles.Scenarios, file));
        var columns = JournalColumns.Fitting(definition.JournalItems(), definition.JournalWhats());
        var events = new List<DomainEvent>();

        // When
        ScenarioRunner.Run(definition, null, events.Add);

        // Then no line's vault/item or what is wider than its column
        events.ShouldAllBe(e => JournalFormatter.ItemText(e.Vault, e.Item).Length <= columns.ItemWidth && e.What.Length <= columns.WhatWidth);
    }
}
