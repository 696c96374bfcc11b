using Simulator.Core.Journal;
using Simulator.Core.Policies;
using Simulator.Core.Service;

namespace Simulator.Scenarios.Model;

/// <summary>A whole scenario file, read and checked: header, world, timeline and expectations.</summary>
public sealed record ScenarioDefinition(
    string File,
    ScenarioHeader Header,
    SimulationSettings Settings,
    IReadOnlyList<VaultDefinition> Vaults,
    IReadOnlyList<DataSourceDefinition> DataSources,
    IReadOnlyList<StepDefinition> Steps,
    IReadOnlyList<ExpectationDefinition> Expectations)
{
    /// <summary>How many checks a run of the scenario to its end makes: each expectation's assertions, and each step
    /// that expects its action to be refused.</summary>
    /// <remarks>A failing run can report more: a step whose action is refused unexpectedly, or that never ran, is a
    /// failed check of its own.</remarks>
    public int Checks => Expectations.Sum(e => e.Checks) + Steps.Count(s => s.ExpectRefusal is not null);

    /// <summary>The other files the scenario was read from (the policy files it imports), as full paths.</summary>
    public IReadOnlyList<string> ImportedFiles { get; init; } = [];

    /// <summary>The policy files the scenario imports, each once, with the text they were read with: what a run file keeps of them.</summary>
    public IReadOnlyList<PolicyFileText> PolicyFiles { get; init; } = [];

    /// <summary>The journal's columns for a run of this scenario: as wide as the longest vault/item (<see cref="JournalItems"/>)
    /// and what (<see cref="JournalWhats"/>) it can have, within the columns' limits.</summary>
    /// <remarks>
    /// Decided from the file, before the first event, so lines are written as they happen and the same scenario always
    /// gives the same widths: <c>vaultsim show</c> and the dashboard's wide log both take them from here.
    /// </remarks>
    public JournalColumns FittedJournalColumns() => JournalColumns.Fitting(JournalItems(), JournalWhats());

    /// <summary>Every vault/item text the journal of a run can hold, as <see cref="JournalFormatter.ItemText"/> writes it:
    /// each vault alone, each data source alone, and in each vault that can protect it.</summary>
    /// <remarks>A VM can be protected in any vault of its region (the core refuses the others), so a step may put it in
    /// one it does not start in; a MARS server only in the vault it is registered to.</remarks>
    public IEnumerable<string> JournalItems() => DataSources.SelectMany(source =>
        VaultsThatCanProtect(source)
            .Select(v => JournalFormatter.ItemText(v.Name, source.Name))
            .Prepend(source.Name))
        .Concat(Vaults.Select(v => JournalFormatter.ItemText(v.Name, null)));

    /// <summary>Every vault/item text of a run's journal in its short form, which leaves the vault out where it can:
    /// each vault alone, each data source alone, and a data source that more than one vault can protect also as
    /// vault/item in each (its items in two vaults must read apart).</summary>
    /// <remarks>
    /// The sibling of <see cref="JournalItems"/> for a line that has to keep its state in a narrow window (the
    /// dashboard's compact log): measured as <see cref="FittedJournalColumns"/> measures those, from the file.
    /// </remarks>
    public IEnumerable<string> ShortJournalItems() => DataSources.SelectMany(source =>
        VaultsThatCanProtect(source).ToList() is { Count: > 1 } vaults
            ? vaults.Select(v => JournalFormatter.ItemText(v.Name, source.Name)).Prepend(source.Name)
            : [source.Name])
        .Concat(Vaults.Select(v => v.Name));

    /// <summary>Every what text of a run's journal that depends on the scenario, as <see cref="DomainEvent.What"/> writes
    /// it: each policy a vault can save, by name (its own DefaultPolicy, the policies the file gives it, and those a step
    /// saves).</summary>
    /// <remarks>The core's other what texts are its own words and point numbers, which <see cref="JournalColumns.MinWhatWidth"/> holds.</remarks>
    public IEnumerable<string> JournalWhats() => Vaults.SelectMany(v => v.Policies.Select(p => p.Name))
        .Concat(Steps.Select(s => s.Action?.NewPolicy?.Name).OfType<string>())
        .Append(BackupPolicy.DefaultPolicyName)
        .Select(PolicySaved.WhatOf);

    /// <summary>The vaults a step may protect <paramref name="source"/> in: a VM in any vault of its region, a MARS server in the one it is registered to.</summary>
    private IEnumerable<VaultDefinition> VaultsThatCanProtect(DataSourceDefinition source) =>
        Vaults.Where(v => source.Vm is { } vm ? string.Equals(v.Region, vm.Region, StringComparison.OrdinalIgnoreCase) : string.Equals(v.Name, source.Vault, StringComparison.OrdinalIgnoreCase));
}
