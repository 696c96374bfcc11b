using NodaTime;
using NodaTime.Text;
using Simulator.Core;
using Simulator.Core.DataSources;
using Simulator.Core.Protection;
using Simulator.Core.Vaults;
using Simulator.Scenarios.Model;
using Simulator.Scenarios.Yaml;
using Simulator.Tui.Cli;
using Simulator.Tui.Dashboard.Input;
using Simulator.Tui.Dashboard.Views;

namespace Simulator.Tui.Dashboard;

internal static partial class DashboardController
{
    private static readonly LocalDateTimePattern LocalInput = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm");

    /// <summary>Opens the confirmation (or the choice) an action needs; nothing runs before it is confirmed.</summary>
    /// <remarks>Once the scenario has ended (a finished run opened read-only has too) the key map offers no action.</remarks>
    private static DashboardState Ask(DashboardState state, CommandKind command)
    {
        if (command == CommandKind.ConfigureProtection)
        {
            return ProtectMenu(state);
        }

        if (command == CommandKind.RecreateDeletedVm)
        {
            return RecreateMenu(state);
        }

        if (command == CommandKind.CancelJob)
        {
            return JobQuery.Selected(state) switch
            {
                null => state with { Status = StatusMessage.Error(NoJobSelected(state)) },
                var job when ActionRefusals.Of(state.World.Simulation, job, command) is { } refused => state with { Status = StatusMessage.Refused(refused, state.World.DisplayZone) },
                var job => Confirm(state, new PendingAction(ActionVerb.CancelJob, job.Item.Name, JobId: job.Id, Vault: job.Item.Vault.Name.Value)),
            };
        }

        if (ItemQuery.Selected(state) is not { } item)
        {
            return state with { Status = StatusMessage.Error(NoItemSelected(state) + RecreatedElsewhere(state, command)) };
        }

        // What the core would refuse whatever is chosen is refused before anything is asked (and the footer leaves it out).
        if (ActionRefusals.Of(state.World.Simulation, item, command) is { } refusal)
        {
            return state with { Status = StatusMessage.Refused(refusal, state.World.DisplayZone) };
        }

        var name = item.Name;
        var vault = item.Vault.Name.Value;
        var vm = item.DataSource as AzureVm;
        return command switch
        {
            CommandKind.BackupNow => state with
            {
                Overlay = new PromptOverlay(
                    PromptKind.RetainUntil,
                    $"Backup now: {PendingAction.Of(name, vault)}",
                    $"Retain backup till (a date or a local time in {state.World.DisplayZone.Id}, or ISO 8601); Enter starts the backup, Esc cancels",
                    LocalInput.Format((state.World.Now + Simulation.DefaultOnDemandRetention).InZone(state.World.DisplayZone).LocalDateTime),
                    new PendingAction(ActionVerb.BackupNow, name, Vault: vault)),
            },
            CommandKind.StopProtection => state with
            {
                Overlay = new MenuOverlay($"Stop protection of {PendingAction.Of(name, vault)}", [.. new[] { StopProtectionMode.RetainForever, StopProtectionMode.RetainAsPerPolicy, StopProtectionMode.DeleteData }
                    .Select(mode => new MenuChoice(StopLabel(mode), new PendingAction(ActionVerb.StopProtection, name, mode, Vault: vault)))]),
            },
            CommandKind.ResumeProtection => PolicyMenu(state, item.Vault, item.DataSource, new PendingAction(ActionVerb.ResumeProtection, name, Vault: vault)),
            CommandKind.ChangePolicy => PolicyMenu(state, item.Vault, item.DataSource, new PendingAction(ActionVerb.ChangePolicy, name, Vault: vault)),
            CommandKind.DeleteBackupData => Confirm(state, new PendingAction(ActionVerb.DeleteBackupData, name, Vault: vault)),
            CommandKind.Undelete => Confirm(state, new PendingAction(ActionVerb.Undelete, name, Vault: vault)),
            _ when vm is null => state with { Status = StatusMessage.Error($"{name} is not an Azure VM; the VM faults apply to VMs only.") },
            CommandKind.DeleteVm => Confirm(state, new PendingAction(ActionVerb.DeleteVm, name)),
            CommandKind.RecreateVm => Confirm(state, new PendingAction(ActionVerb.RecreateVm, name)),
            CommandKind.TogglePower => Confirm(state, new PendingAction(ActionRefusals.PowerAfterToggle(vm!) == PowerState.Running ? ActionVerb.StartVm : ActionVerb.DeallocateVm, name)),
            CommandKind.ToggleAgent => Confirm(state, new PendingAction(ActionRefusals.AgentAfterToggle(vm!) == VmAgentStatus.Healthy ? ActionVerb.RepairAgent : ActionVerb.BreakAgent, name)),
            _ => throw new InvalidOperationException($"{command} is not an action."),
        };
    }

    /// <summary>X in the detail of an item whose data was purged while its VM was gone: where X brings the VM back; empty otherwise.</summary>
    /// <remarks>"+ Backup" says the same there (<see cref="DeletedHere"/>); X alone said only that no item was selected.</remarks>
    private static string RecreatedElsewhere(DashboardState state, CommandKind command) =>
        command is CommandKind.DeleteVm or CommandKind.RecreateVm && state.OpenItem is { } open
            && state.World.Simulation.FindDataSource(ItemReference.Parse(open).DataSource) is AzureVm { Exists: false } vm
            ? RecreateHint(vm)
            : string.Empty;

    /// <summary>The policies of <paramref name="vault"/> that could protect <paramref name="source"/>, to finish <paramref name="action"/> with; or why there is none.</summary>
    /// <remarks>
    /// The core is asked which policies fit the data source (a MARS server takes MARS policies, a VM the others), so
    /// none is offered that it would refuse whatever happened. One that fits may still be refused once chosen, for a
    /// reason that depends on the item's history (Enhanced never goes back to Standard): that refusal, and its way
    /// out, is shown then.
    /// </remarks>
    private static DashboardState PolicyMenu(DashboardState state, Vault vault, DataSource source, PendingAction action)
    {
        var simulation = state.World.Simulation;

        // A resume lists what the footer asked of the item before offering r.
        var fitting = action.Kind == ActionVerb.ResumeProtection && simulation.FindItem(action.Target) is { } resumed
            ? ActionRefusals.ResumeTargets(simulation, resumed)
            : ActionRefusals.FittingPolicies(simulation, vault, source);
        if (fitting.Count == 0)
        {
            var reasons = string.Join("; ", vault.Policies.Select(policy => simulation.PolicyRefusal(source, policy)!.TrimEnd('.')));
            return Done(state, StatusMessage.Error($"No policy of {vault.Name} can protect {source.Name}: {reasons}. A scenario gives a vault its policies (under policies, or with an updatePolicy step)."));
        }

        if (action.Kind == ActionVerb.ChangePolicy && simulation.FindItem(action.Target) is { } item)
        {
            fitting = ActionRefusals.SwitchTargets(simulation, item);
            if (fitting.Count == 0)
            {
                // Another policy that fits the data source but not the switch (Enhanced to Standard) is told by its refusal.
                var refused = ActionRefusals.FittingPolicies(simulation, vault, source)
                    .Where(name => name != item.PolicyName)
                    .Select(name => simulation.ChangePolicyRefusal(item, name))
                    .FirstOrDefault(refusal => refusal is not null);
                return Done(state, StatusMessage.Error(refused is not null
                    ? StatusMessage.RefusalText(refused, state.World.DisplayZone)
                    : $"{action.Subject} has policy {item.PolicyName}, the only policy of {vault.Name} that fits it: there is no other to switch to. A scenario gives a vault its policies (under policies, or with an updatePolicy step)."));
            }
        }

        // A resume opens on the policy the item last had, so that r, Enter, y resumes it as it was: opening on the
        // vault's first policy switched a suspended item's policy for a person who only meant to resume it.
        var last = action.Kind == ActionVerb.ResumeProtection ? simulation.FindItem(action.Target)?.PolicyName : null;
        return state with
        {
            Overlay = new MenuOverlay(action.Kind switch
            {
                ActionVerb.ResumeProtection => $"Resume protection of {action.Subject} with policy",
                ActionVerb.ChangePolicy => $"Change policy of {action.Subject}",
                _ => $"Protect {action.Subject} with policy",
            }, [.. fitting.Select(name => new MenuChoice(name, action with { Policy = name }))], Cursor: last is null ? 0 : Math.Max(0, fitting.IndexOf(last))),
        };
    }

    private static DashboardState Confirm(DashboardState state, PendingAction action) => state with
    {
        Overlay = action.NeedsTypedName
            ? new PromptOverlay(PromptKind.TypeName, action.Title, $"Type the name '{action.Item}' to confirm; Esc cancels", Action: action)
            : new PromptOverlay(PromptKind.Confirm, action.Title, "Enter or y confirms; Esc or n cancels", Action: action),
    };

    private static DashboardState Accept(DashboardState state)
    {
        switch (state.Overlay)
        {
            case MenuOverlay { Selected.Action: { NeedsPolicy: true, Vault: { } vault } action }
                when state.World.Simulation.FindVault(vault) is { } chosen && state.World.Simulation.FindDataSource(action.Item) is { } source:
                return PolicyMenu(state, chosen, source, action);
            case MenuOverlay menu when ActionRefusals.OfChoice(state.World.Simulation, menu.Selected.Action) is { } refused:
                // The menu stays, so another choice can be made.
                return state with { Status = StatusMessage.Refused(refused, state.World.DisplayZone) };
            case MenuOverlay menu:
                return Confirm(state, menu.Selected.Action);
            case PromptOverlay { Kind: PromptKind.Filter }:
                return state with { Overlay = null };
            case PromptOverlay { Kind: PromptKind.Confirm, Action: { } action }:
                return SelectProtected(Done(state, ActionRunner.Run(state.World, action)), action);
            case PromptOverlay { Kind: PromptKind.TypeName, Action: { } action } prompt:
                // A name mistyped keeps the prompt and what was typed, to correct, as the portal keeps its dialog open.
                return prompt.Input == action.Item
                    ? Done(state, ActionRunner.Run(state.World, action))
                    : state with { Status = StatusMessage.Error($"'{prompt.Input}' is not '{action.Item}'; nothing was changed. Correct the name, or Esc cancels.") };
            case PromptOverlay { Kind: PromptKind.RetainUntil, Action: { } action } prompt:
                return ScenarioTime.TryParseInstant(prompt.Input.Trim(), state.World.DisplayZone, out var until, out var error)
                    ? BackupNow(state, action, until)
                    : state with { Status = StatusMessage.Error($"Retain till: {error}") };
            case PromptOverlay { Kind: PromptKind.GoToTime } prompt:
                return GoTo(state, prompt.Input.Trim());
            default:
                return state;
        }
    }

    /// <summary>Starts the Backup now; a retain-until the core refuses keeps the prompt, with the typed date, to correct it.</summary>
    /// <remarks>
    /// The core refuses a date it won't keep (not after now, or beyond 99 years) as it refuses one it can't read. What
    /// no date would change (the item stopped or soft-deleted meanwhile, the day's on-demand backups used up, the
    /// scenario at its end) closes the prompt with its reason, as any other refused action does. A backup that fails
    /// at once (another snapshot of the item runs, D5) was taken, not refused: its job is on the list, and a prompt
    /// left open would start another failed job at the next Enter.
    /// </remarks>
    private static DashboardState BackupNow(DashboardState state, PendingAction action, Instant until)
    {
        var jobsBefore = state.World.Simulation.Jobs.Count;
        var outcome = ActionRunner.Run(state.World, action, until);
        var dateRefused = outcome.IsError
            && state.World.Simulation.Jobs.Count == jobsBefore
            && !state.World.Session.IsFinished
            && state.World.Simulation.FindItem(action.Target) is { } item
            && ActionRefusals.Of(state.World.Simulation, item, CommandKind.BackupNow) is null;
        return dateRefused ? state with { Status = outcome } : Done(state, outcome);
    }

    private static DashboardState GoTo(DashboardState state, string text)
    {
        Instant target;
        try
        {
            target = CliTime.ParseAnyTime(text, "Go to", state.World.Session.Definition.Header);
        }
        catch (CliInputException e)
        {
            return state with { Status = StatusMessage.Error(e.Message) };
        }

        // What was typed ("+1h", "09:00") leaves the reader to work out when that was; the header's clock is beside it,
        // and the scenario's end is written as the header writes times, not as the command line's ISO 8601.
        var zone = state.World.DisplayZone;
        if (target < state.World.Now)
        {
            return state with
            {
                Status = StatusMessage.Error(
                    $"Go to: {text} is {TimeText.Header(target, zone)}, already past: the simulation is at {TimeText.Header(state.World.Now, zone)} and only moves forward."),
            };
        }

        if (target > state.World.End)
        {
            return state with
            {
                Status = StatusMessage.Error(
                    $"Go to: {text} is {TimeText.Header(target, zone)}, after scenario '{state.World.Session.Definition.Header.Name}' ends at {TimeText.Header(state.World.End, zone)}."),
            };
        }

        // Going to the very instant it is plays nothing; closing the prompt without a word read as a go-to ignored.
        var already = target == state.World.Now;
        state.World.GoTo(target);
        return already
            ? Done(state, StatusMessage.Done($"Go to: {text} is {TimeText.Header(target, zone)}, where the simulation already is."))
            : state with { Overlay = null };
    }

    private static DashboardState Done(DashboardState state, StatusMessage outcome) => state with { Overlay = null, Status = outcome };

    private static string StopLabel(StopProtectionMode mode) => mode switch
    {
        StopProtectionMode.RetainForever => "Retain backup data forever",
        StopProtectionMode.RetainAsPerPolicy => "Retain backup data as per policy",
        _ => "Delete backup data",
    };
}
