using Simulator.Core.Policies;
using Simulator.Scenarios.Model;
using Simulator.Scenarios.Yaml;

namespace Simulator.Scenarios.Parsing;

public sealed partial class ScenarioParser
{
    /// <summary>Refuses a step that the run would refuse whenever it came, in the core's words where the core has the
    /// rule, at the key to change.</summary>
    /// <remarks>
    /// Only what the file decides is judged here: the data source a step names and what kind it is, the regions, and
    /// the policies the vaults hold. Whatever depends on what the run has done by the step (an agent already broken,
    /// an item stopped, a job running) is left to the run.
    /// A step that expects a refusal (<c>refused:</c>) is left to get it.
    /// </remarks>
    private void CheckWithCore(YamlCursor step, ScenarioAction action, WorldNames names, TimelineProbe probe)
    {
        if (step.Has("refused"))
        {
            return;
        }

        switch (action.Verb)
        {
            case ActionVerb.ConfigureProtection:
                CheckConfigureProtection(step, action, names, probe);
                break;
            case var verb when IsVmFault(verb):
                CheckVmFault(step, action, probe);
                break;
        }
    }

    /// <summary>The faults of an Azure VM, which the run refuses on a MARS server ("it is not an Azure VM").</summary>
    private static bool IsVmFault(ActionVerb verb) => verb is ActionVerb.DeleteVm or ActionVerb.RecreateVm or ActionVerb.DeallocateVm
        or ActionVerb.StartVm or ActionVerb.BreakAgent or ActionVerb.RemoveAgent or ActionVerb.RepairAgent;

    private static void CheckVmFault(YamlCursor step, ScenarioAction action, TimelineProbe probe)
    {
        if (action.Item is { } item && probe.Definition(item) is { Mars: not null } server)
        {
            step.At("item").Error($"'{server.Name}' is a MARS server, and {Word(action.Verb)} is a fault of an Azure VM; name a VM. A MARS server's faults are {Word(ActionVerb.FailNextTransfer)} and {Word(ActionVerb.SetThroughput)}.");
        }
    }

    private static void CheckConfigureProtection(YamlCursor step, ScenarioAction action, WorldNames names, TimelineProbe probe)
    {
        if (action is not { Item: { } source, Vault: { } vault })
        {
            return;
        }

        if (probe.ConfigureProtectionRefusal(vault, source) is { } refusal)
        {
            step.At("vault").Error(refusal.Reason);
            return;
        }

        var name = action.Policy ?? BackupPolicy.DefaultPolicyName;
        if (names.Policy(vault, name) != NameStatus.Defined || probe.Policy(vault, name) is not { } policy || probe.PolicyRefusal(source, policy) is not { } reason)
        {
            return;
        }

        if (action.Policy is null)
        {
            step.Error($"without a 'policy', {BackupPolicy.DefaultPolicyName} would protect '{source}': {reason}");
        }
        else
        {
            step.At("policy").Error(reason);
        }
    }

    /// <summary>A verb as the file writes it (<c>breakAgent</c>).</summary>
    private static string Word(ActionVerb verb)
    {
        var name = verb.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
