using NodaTime;
using Simulator.Core.Journal;
using Simulator.Core.Policies;
using Simulator.Core.Policies.AzureJson;
using Simulator.Scenarios.Model;
using Simulator.Scenarios.Running;

namespace Simulator.Tui.Cli;

/// <summary>The policies a scenario's vaults hold at an instant of its run, and when the run saves them again after it.</summary>
/// <remarks>
/// A scenario's steps update and re-save policies (<c>updatePolicy</c>, <c>resavePolicy</c>), some at a time the file
/// gives, some after something happens in the run. The run itself is the one place that knows which policy a vault holds
/// when, so it is played to the instant asked about, as <c>run --until</c> plays it, rather than the steps being read again
/// here. It is then played on to its end only to tell the saves that come later, which the preview does not follow.
/// </remarks>
internal static class ScenarioPolicies
{
    /// <summary>The policies the vaults hold at <paramref name="at"/>, each vault's DefaultPolicy included.</summary>
    /// <remarks>
    /// Vaults that hold a name alike share one entry; where their policies of one name differ, each is named with its
    /// vault ("vault-a/Gold"), so that choosing by the bare name is refused as ambiguous rather than taking one.
    /// </remarks>
    /// <exception cref="CliInputException">The world can't be built as the file writes it.</exception>
    public static IReadOnlyList<ScenarioPolicy> At(ScenarioDefinition definition, Instant at)
    {
        var saves = new List<PolicySaved>();
        // The core may refuse the world (ScenarioLoadException), which the command line tells as validate does.
        var session = new ScenarioSession(definition, e => { if (e is PolicySaved saved) { saves.Add(saved); } });

        // Only steps save a policy after the start; a scenario without such a step, as most are, need not be run.
        var stepsSave = definition.Steps.Any(s => s.Action?.Verb is ActionVerb.UpdatePolicy or ActionVerb.ResavePolicy);
        if (stepsSave)
        {
            session.RunUntil(at);
        }

        var held = session.Simulation.Vaults.SelectMany(v => v.Policies.Select(p => (Vault: v.Name.Value, Policy: p))).ToList();
        var savedBefore = saves.Count;
        if (stepsSave)
        {
            session.RunToEnd();
        }

        var later = saves.Skip(savedBefore).ToList();
        return [.. held.GroupBy(h => h.Policy.Name, StringComparer.OrdinalIgnoreCase).SelectMany(same =>
            same.Select(h => AzurePolicyJson.Export(h.Policy)).Distinct().Count() == 1
                ? [Entry(same.First().Policy, same.First().Policy.Name, [.. same.Select(h => h.Vault)])]
                : same.Select(h => Entry(h.Policy with { Name = $"{h.Vault}/{h.Policy.Name}" }, h.Policy.Name, [h.Vault])))];

        ScenarioPolicy Entry(BackupPolicy policy, string name, IReadOnlyList<string> vaults) => new(policy, vaults, [.. later
            .Where(s => vaults.Contains(s.VaultName, StringComparer.OrdinalIgnoreCase) && string.Equals(s.PolicyName, name, StringComparison.OrdinalIgnoreCase))
            .Select(s => s.At)
            .Distinct()]);
    }
}

/// <summary>A policy as the scenario's vaults hold it at the instant asked about.</summary>
/// <param name="Vaults">The vaults that hold it so.</param>
/// <param name="SavedAgain">When the run saves it again in those vaults after that instant, in order.</param>
internal sealed record ScenarioPolicy(BackupPolicy Policy, IReadOnlyList<string> Vaults, IReadOnlyList<Instant> SavedAgain);
