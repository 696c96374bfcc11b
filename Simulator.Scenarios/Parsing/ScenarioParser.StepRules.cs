using Simulator.Core.Policies;
using Simulator.Scenarios.Model;
using Simulator.Scenarios.Yaml;

namespace Simulator.Scenarios.Parsing;

public sealed partial class ScenarioParser
{
    /// <summary>Refuses a step that the run would refuse whenever it came, in the core's words where the core has the
    /// rule, at the key to change; and notes what the step changes that later steps are judged by.</summary>
    /// <remarks>
    /// Only what the file decides is judged here: the data source a step names and what kind it is, the regions, the
    /// vaults where it can have an item by then, the policies the vaults hold by then, the management jobs the file
    /// starts on its items and when, and whether their vaults keep deleted data as those jobs complete (see
    /// <see cref="CheckItemOperation"/>). Whatever depends on what the run has done by the step (an agent already
    /// broken, an item stopped, a backup job running) is left to the run.
    /// A step that expects a refusal (<c>refused:</c>) is left to get it, and changes nothing later steps are judged by:
    /// refused, it changes nothing in the run either.
    /// </remarks>
    private void CheckWithCore(YamlCursor step, ScenarioAction action, WorldNames names, TimelineProbe probe, HashSet<string> policiesAdded, EarliestRun? run)
    {
        if (action is { Verb: ActionVerb.StopProtection or ActionVerb.DeleteVm, Item: { } item })
        {
            // Even a step that expects its refusal may be accepted: what it would change is the run's to know from here on.
            probe.MayChange(action.Verb, ReferenceOf(item, names).DataSource);
        }

        // The steps are judged by the first definition of a name given twice, which the step may not mean: fixing the
        // repeat, reported at its line, may well remove what they would be refused for.
        if (step.Has("refused") || (action.Item is { } named && names.IsRepeated(ReferenceOf(named, names).DataSource)))
        {
            return;
        }

        switch (action.Verb)
        {
            case ActionVerb.ConfigureProtection:
                CheckConfigureProtection(step, action, names, probe);
                break;
            case ActionVerb.UpdatePolicy:
                CheckPolicyUpdate(step, action, probe);
                break;
            case ActionVerb.SetRedundancy when action is { Vault: { } vault, Redundancy: { } redundancy } && probe.SetRedundancy(vault, redundancy) is { } refusal:
                step.At("redundancy").Error(refusal.Reason);
                break;
            case ActionVerb.SetSoftDelete when action.Vault is { } vault && run is { } at:
                probe.SoftDeleteSet(vault, action.Enabled, action.Days, at);
                break;
            case var verb when IsVmFault(verb):
                CheckVmFault(step, action, probe);
                break;
            case var verb when ActsOnItem(verb):
                CheckItemStep(step, action, names, probe, policiesAdded);
                break;
        }

        CheckItemOperation(step, action, names, probe, run);
    }

    /// <summary>The faults of an Azure VM, which the run refuses on a MARS server ("it is not an Azure VM").</summary>
    private static bool IsVmFault(ActionVerb verb) => verb is ActionVerb.DeleteVm or ActionVerb.RecreateVm or ActionVerb.DeallocateVm
        or ActionVerb.StartVm or ActionVerb.BreakAgent or ActionVerb.RemoveAgent or ActionVerb.RepairAgent;

    private static void CheckVmFault(YamlCursor step, ScenarioAction action, TimelineProbe probe)
    {
        if (action.Item is { } item && probe.Definition(item) is { Mars: not null } server)
        {
            step.At("item").Error($"'{server.Name}' is a MARS server, and {YamlCursor.Word(action.Verb)} is a fault of an Azure VM; name a VM. A MARS server's faults are {YamlCursor.Word(ActionVerb.FailNextTransfer)} and {YamlCursor.Word(ActionVerb.SetThroughput)}.");
        }
    }

    private static void CheckConfigureProtection(YamlCursor step, ScenarioAction action, WorldNames names, TimelineProbe probe)
    {
        if (action is not { Item: { } source, Vault: { } vault })
        {
            return;
        }

        // Noted even when refused below: the mistake is reported here, and the steps after it are judged as if it were fixed.
        probe.Protected(source, vault);
        var line = step.Position.Line;

        // The core tells an item's running schedule before anything else about the data source.
        if (probe.SurelyProtected(source) is var (protectedIn, by))
        {
            var how = by is { } configuredAt
                ? $"The {YamlCursor.Word(ActionVerb.ConfigureProtection)} step at line {configuredAt} protects '{source}' there"
                : $"The file protects '{source}' there from the start";
            step.At("item").Error($"{Core.Simulation.ActiveProtectionReason(protectedIn)} ({how}, and no {YamlCursor.Word(ActionVerb.StopProtection)} step above stops it.)");
            probe.Configured(source, vault, line, refused: true);
            return;
        }

        if (probe.ConfigureProtectionRefusal(vault, source) is { } refusal)
        {
            step.At("vault").Error(refusal.Reason);
            probe.Configured(source, vault, line, refused: true);
            return;
        }

        var name = action.Policy ?? BackupPolicy.DefaultPolicyName;
        if (names.Policy(vault, name) != NameStatus.Defined || probe.Policy(vault, name) is not { } policy || probe.PolicyRefusal(source, policy) is not { } reason)
        {
            // A policy the file does not define has been reported; one an updatePolicy step adds is the run's to find.
            probe.Configured(source, vault, line, refused: names.Policy(vault, name) != NameStatus.Defined || probe.Policy(vault, name) is null);
            return;
        }

        probe.Configured(source, vault, line, refused: true);

        if (action.Policy is null)
        {
            step.Error($"without a 'policy', {BackupPolicy.DefaultPolicyName} would protect '{source}': {reason}");
        }
        else
        {
            step.At("policy").Error(reason);
        }
    }

    private static void CheckPolicyUpdate(YamlCursor step, ScenarioAction action, TimelineProbe probe)
    {
        if (action is { Vault: { } vault, NewPolicy: { } policy } && probe.Save(vault, policy) is { } refusal)
        {
            var at = step.At("policy");
            (at.Has("kind") ? at.At("kind") : at).Error(refusal.Reason);
        }
    }

    /// <summary>Refuses a step on an item the data source can't have by then, and a policy no vault it can have an item
    /// in holds, or of a kind it can't take.</summary>
    private static void CheckItemStep(YamlCursor step, ScenarioAction action, WorldNames names, TimelineProbe probe, HashSet<string> policiesAdded)
    {
        if (action.Item is not { } text)
        {
            return;
        }

        var reference = ReferenceOf(text, names);
        var source = reference.DataSource;
        var vaults = probe.VaultsWithItem(source);

        // A vault the data source's definition names wrongly has been reported there.
        if (vaults.Any(v => names.Vault(v) != NameStatus.Defined))
        {
            return;
        }

        var at = step.At("item");
        if (reference.Vault is { } named && !vaults.Contains(named, StringComparer.OrdinalIgnoreCase))
        {
            var elsewhere = vaults.Count == 0 ? " It has no item anywhere yet." : $" Its item{(vaults.Count == 1 ? " is" : "s are")} in {string.Join(", ", vaults.Select(v => $"'{v}'"))}.";
            at.Error($"'{YamlCursor.Shorten(text)}' names no item by this step: nothing protects '{source}' in vault '{named}' at the start or in a {YamlCursor.Word(ActionVerb.ConfigureProtection)} step above.{elsewhere}");
            return;
        }

        if (vaults.Count == 0)
        {
            at.Error($"'{source}' has no item by this step: nothing protects it at the start or in a {YamlCursor.Word(ActionVerb.ConfigureProtection)} step above; protect it first.");
            return;
        }

        if (action is not { Verb: ActionVerb.ChangePolicy or ActionVerb.ResumeProtection, Policy: { } name })
        {
            return;
        }

        IReadOnlyList<string> candidates = reference.Vault is { } only ? [only] : vaults;
        var held = candidates.Select(v => probe.Policy(v, name)).OfType<BackupPolicy>().ToList();
        if (held.Count > 0)
        {
            if (held.Select(p => probe.PolicyRefusal(source, p)).ToList() is var reasons && reasons.All(r => r is not null))
            {
                step.At("policy").Error(reasons[0]!);
            }

            return;
        }

        // A policy that an updatePolicy step adds, below this step perhaps, is left to the run; an undefined one has been
        // reported, and so has a vault with a mistake of its own, whose policies are unknown (Broken).
        if (!policiesAdded.Contains(name) && names.PolicyInAnyVault(name) == NameStatus.Defined
            && candidates.All(v => names.Policy(v, name) != NameStatus.Broken))
        {
            var where = reference.Vault is null ? $", where '{source}' has {(candidates.Count == 1 ? "its item" : "its items")} by this step" : string.Empty;
            var listed = candidates.Count == 1 ? $"vault '{candidates[0]}'" : $"vaults {string.Join(" or ", candidates.Select(v => $"'{v}'"))}";
            var policies = candidates.Count == 1 ? $" Its policies: {names.PoliciesOf(candidates[0])}." : string.Empty;
            step.At("policy").Error($"no policy named '{YamlCursor.Shorten(name)}' is defined in {listed}{where}.{policies}");
        }
    }
}
