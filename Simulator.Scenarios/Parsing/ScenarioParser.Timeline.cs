using NodaTime;
using Simulator.Core.Jobs;
using Simulator.Core.Protection;
using Simulator.Core.Vaults;
using Simulator.Scenarios.Model;
using Simulator.Scenarios.Yaml;

namespace Simulator.Scenarios.Parsing;

public sealed partial class ScenarioParser
{
    internal static readonly string[] TimingKeys = ["at", "after", "delay", "say", "do", "refused"];

    /// <summary>The argument keys each verb takes besides the timing keys.</summary>
    internal static readonly Dictionary<ActionVerb, string[]> VerbKeys = new()
    {
        [ActionVerb.BackupNow] = ["item", "retainUntil"],
        [ActionVerb.CancelJob] = ["item"],
        [ActionVerb.ConfigureProtection] = ["item", "vault", "policy"],
        [ActionVerb.StopProtection] = ["item", "mode"],
        [ActionVerb.ResumeProtection] = ["item", "policy"],
        [ActionVerb.ChangePolicy] = ["item", "policy"],
        [ActionVerb.DeleteBackupData] = ["item"],
        [ActionVerb.Undelete] = ["item"],
        [ActionVerb.DeleteVm] = ["item"],
        [ActionVerb.RecreateVm] = ["item"],
        [ActionVerb.DeallocateVm] = ["item"],
        [ActionVerb.StartVm] = ["item"],
        [ActionVerb.BreakAgent] = ["item"],
        [ActionVerb.RemoveAgent] = ["item"],
        [ActionVerb.RepairAgent] = ["item"],
        [ActionVerb.FailNextTransfer] = ["item", "count"],
        [ActionVerb.SetThroughput] = ["item", "mbps"],
        [ActionVerb.UpdatePolicy] = ["vault", "policy"],
        [ActionVerb.ResavePolicy] = ["vault", "policy"],
        [ActionVerb.SetRedundancy] = ["vault", "redundancy"],
        [ActionVerb.SetSoftDelete] = ["vault", "enabled", "days"],
        [ActionVerb.SetCrossRegionRestore] = ["vault", "enabled"],
    };

    internal static readonly string[] AllStepKeys = TimingKeys.Concat(VerbKeys.Values.SelectMany(k => k)).Distinct().ToArray();

    private List<StepDefinition> ReadTimeline(YamlCursor root, WorldNames names, TimelineProbe probe)
    {
        var steps = new List<StepDefinition>();
        var previousAbsolute = Start;
        EarliestRun? earliest = _span is { } span ? EarliestRun.AtStart(span.Start) : null;

        // Read once: each reading of a list that is no list reports it again.
        var nodes = root.ItemsOf("timeline").ToList();
        var policiesAdded = nodes
            .Where(s => s.IsMapping && string.Equals(s.Get("do")?.Scalar, nameof(ActionVerb.UpdatePolicy), StringComparison.OrdinalIgnoreCase))
            .Select(s => s.Get("policy")?.Get("name")?.Scalar).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var offsetOrigin = "the scenario's start";
        foreach (var node in nodes)
        {
            var origin = offsetOrigin;
            offsetOrigin = "the previous step";
            var verb = node.IsMapping ? ReadVerb(node) : null;
            string[] allowed = verb is { } v ? [.. TimingKeys, .. VerbKeys[v]] : AllStepKeys;
            if (!node.ExpectMapping(allowed))
            {
                continue;
            }

            var timing = ReadTiming(node, allowed, names, probe, origin, ref previousAbsolute);
            earliest = CheckRunTime(node, timing, earliest);
            var action = verb is { } known ? ReadAction(node, known, names, policiesAdded, earliest) : null;
            if (action is not null)
            {
                CheckWithCore(node, action, names, probe, policiesAdded, earliest);
            }

            CheckRetainUntil(node, action, earliest);
            var say = node.String("say");
            if (!node.Has("do") && !node.Has("say") && !node.HasUnknownKey(allowed, "do", "say"))
            {
                node.Error("a step needs 'do' (an action) or 'say' (narration), or both.");
            }

            CheckArgumentsWithoutAction(node, allowed);
            var refused = node.Get("refused") is { } r ? ReadRefused(r) : null;
            // A 'do' that could not be read is told at the 'do'; only a step without one is told 'refused' needs one.
            if (refused is not null && !node.Has("do") && node.Has("refused"))
            {
                node.At("refused").Error("'refused' needs an action ('do') to be refused.");
            }

            if (timing is not null)
            {
                steps.Add(new StepDefinition(Locate(node), timing, action, say, refused));
            }
        }

        return steps;
    }

    // A restore, which Azure runs and vaultsim does not, was told only that the word is none of the actions.
    private static ActionVerb? ReadVerb(YamlCursor step)
    {
        if (step.Get("do") is { Scalar: { } text } verb && UnsimulatedOperations.NoJobOf(text) is { } noJob)
        {
            verb.Error($"'{YamlCursor.Shorten(text)}' is not an action vaultsim runs: {noJob}. The actions are {string.Join(", ", YamlCursor.Words<ActionVerb>())}.");
            return null;
        }

        return step.Enum<ActionVerb>("do");
    }

    /// <summary>Refuses an action's argument on a step with no 'do', which would only narrate: a trainer who forgot the
    /// 'do' line of a fault would see the lesson's fault never happen, with nothing said.</summary>
    /// <remarks>A misspelt 'do' has been told as the unknown key it is, with 'do' meant; its arguments are not told again.</remarks>
    private static void CheckArgumentsWithoutAction(YamlCursor step, string[] allowed)
    {
        if (step.Has("do") || step.HasUnknownKey(allowed, "do"))
        {
            return;
        }

        var arguments = step.Keys.Where(key => allowed.Contains(key, StringComparer.Ordinal) && !TimingKeys.Contains(key, StringComparer.Ordinal)).ToList();
        if (arguments.Count > 0)
        {
            var quoted = arguments.Select(key => $"'{key}'").ToList();
            var list = quoted.Count == 1 ? quoted[0] : $"{string.Join(", ", quoted[..^1])} and {quoted[^1]}";
            step.At(arguments[0]).Error($"'{arguments[0]}' goes with an action, and this step has no 'do', so it would only narrate; add the 'do' it was meant for, or leave out {list}.");
        }
    }

    private StepTiming? ReadTiming(YamlCursor step, string[] allowed, WorldNames names, TimelineProbe probe, string offsetOrigin, ref Instant previousAbsolute)
    {
        var delay = step.Duration("delay") ?? Duration.Zero;
        if (step.Has("at") == step.Has("after"))
        {
            // A misspelt 'at' has been reported as an unknown key, with the spelling it was meant to have.
            if (step.Has("at") || !step.HasUnknownKey(allowed, "at", "after"))
            {
                step.Error("a step needs exactly one of 'at' (a time, or +offset after the previous step) and 'after' (a happening).");
            }

            return null;
        }

        if (step.Has("delay") && !step.Has("after"))
        {
            step.At("delay").Error("'delay' goes with 'after'; with 'at', write the time or offset itself.");
        }

        if (step.Get("at") is { } at)
        {
            if (at.Scalar is { } text && text.StartsWith('+'))
            {
                return at.AsDuration() is { } offset ? new StepTiming { AfterPrevious = offset } : null;
            }

            if (ReadTime(at, offsetOrigin) is not { } instant)
            {
                return null;
            }

            if (instant < previousAbsolute)
            {
                at.Error($"{InZone(instant)} is before an earlier step at {InZone(previousAbsolute)}; steps run in the order written.");
                return null;
            }

            previousAbsolute = instant;
            return new StepTiming { At = instant };
        }

        return ReadHappening(step.At("after"), names, probe) is { } happening ? new StepTiming { After = happening, Delay = delay } : null;
    }

    /// <summary>Refuses a step whose offset or delay puts its earliest run past the end, where it would never run, and a
    /// written time that the offsets before it have already passed.</summary>
    /// <returns>The step's earliest run; null after a step past the end (the steps after it would not run either, and
    /// the first is the mistake to fix) or when the scenario's span is unknown.</returns>
    private EarliestRun? CheckRunTime(YamlCursor step, StepTiming? timing, EarliestRun? previous)
    {
        if (previous is not { } before || _span is not { } span)
        {
            return null;
        }

        if (timing is null)
        {
            // A step whose timing has a mistake still runs no earlier than the one before it.
            return before.Wait(before.At, span);
        }

        // A time before the run the offsets above it give would run late, at that run; a time before an earlier
        // written time is refused where it is read. After a happening, the run is only known while the scenario plays.
        if (timing.At is { } written && before.Exact && written < before.At)
        {
            step.At("at").Error($"{InZone(written)} is before the previous step's run at {InZone(before.At)}, counted from the offsets before it; steps run in the order written, so it would run late.");
        }

        var next = before.Then(timing, span);
        if (next.At <= span.End)
        {
            return next;
        }

        var (at, relative) = timing.After is null ? (step.At("at"), "after the previous step") : (step.At("delay"), "after its happening");
        var earliest = next.Exact ? string.Empty : " at the earliest";
        at.Error($"{at.Scalar} {relative} is {InZone(next.At)}{earliest}, past the end of the scenario at {InZone(span.End)}; the step would never run.");
        return null;
    }

    private static Happening? ReadHappening(YamlCursor node, WorldNames names, TimelineProbe probe)
    {
        var kinds = YamlCursor.Words<HappeningKind>().ToArray();
        string[] allowed = [.. kinds, "nth"];

        // The step's own key, written where the happening is: told where it goes rather than listed as unknown here.
        var misplacedDelay = node.Has("delay");
        if (misplacedDelay)
        {
            node.At("delay").Error("'delay' is a key of the step, beside 'after', not inside it: after: { transferStarted: vm-web-01 } and, on the next line, delay: 1h.");
        }

        if (!node.ExpectMapping(misplacedDelay ? [.. allowed, "delay"] : allowed))
        {
            return null;
        }

        var present = kinds.Where(node.Has).ToList();

        // Any other key of 'after' is a happening misnamed, and has been reported as an unknown key, listing them all.
        if (present.Count == 0 && node.HasUnknownKey(allowed))
        {
            return null;
        }

        if (present.Count != 1)
        {
            node.Error($"name one happening and its item, like {{ transferStarted: vm-web-01 }}. Happenings: {string.Join(", ", kinds)}.");
            return null;
        }

        // A step waiting for an item nothing defines would wait until the scenario ends.
        var item = ReadItemReference(node.Get(present[0])!.Value, names);
        var nth = node.Int("nth", 1, 1_000_000) ?? 1;
        var kind = Enum.Parse<HappeningKind>(present[0], ignoreCase: true);
        if (item is not null && NeverHappens(kind, item, names, probe) is { } never)
        {
            node.At(present[0]).Error(never);
            return null;
        }

        return item is null ? null : new Happening(kind, item, nth);
    }

    /// <summary>Why the happening never comes to the item, so that a step waiting for it would never run; null when it can.</summary>
    /// <remarks>
    /// A MARS job has one phase, the transfer, and a second job while one runs fails rather than skipping its transfer
    /// (domain.md D11, D5; the core's MARS jobs open with no snapshot phase): no MARS server ever completes a snapshot
    /// or skips a transfer.
    /// </remarks>
    private static string? NeverHappens(HappeningKind kind, string item, WorldNames names, TimelineProbe probe)
    {
        static bool NotMars(HappeningKind k) => k is HappeningKind.SnapshotCompleted or HappeningKind.TransferSkipped;
        if (!NotMars(kind))
        {
            return null;
        }

        if (probe.Definition(SourceOf(item, names)) is not { Mars: not null } server)
        {
            return null;
        }

        var others = Enum.GetValues<HappeningKind>().Where(k => !NotMars(k)).Select(YamlCursor.Word).ToList();
        return $"{MarsJobs(server.Name)}: {YamlCursor.Word(kind)} never happens to it, so the step would never run. Wait for {string.Join(", ", others[..^1])} or {others[^1]}.";
    }

    /// <summary>Why a MARS server never completes a snapshot or skips a transfer, as a message about one begins.</summary>
    private static string MarsJobs(string server) =>
        $"'{server}' is a MARS server, whose jobs have one phase, the transfer, and fail rather than skip it behind a running one (domain.md D11, D5)";

    /// <summary>Why a MARS server's job or point has no snapshot, as a message about one begins.</summary>
    private static string MarsPoints(string server) =>
        $"'{server}' is a MARS server, whose jobs have one phase, the transfer, and whose points have no snapshot tier (domain.md D11)";

    /// <summary>The data source an item reference read from the file names: its whole text when that is a defined name, as <see cref="ReadItemReference"/> read it, else the part after <c>vault/</c>.</summary>
    private static string SourceOf(string item, WorldNames names) =>
        names.Source(item) == NameStatus.Defined ? item : Core.Protection.ItemReference.Parse(item).DataSource;

    private ScenarioAction? ReadAction(YamlCursor node, ActionVerb verb, WorldNames names, HashSet<string> policiesAdded, EarliestRun? earliest)
    {
        var keys = VerbKeys[verb];
        var item = keys.Contains("item") && node.Required("item") is { } itemNode ? ReadItemReference(itemNode, names, ActsOnItem(verb)) : null;
        var vault = keys.Contains("vault") && node.Required("vault") is { } vaultNode ? ReadVaultReference(vaultNode, names) : null;
        string? policy = null;
        Core.Policies.BackupPolicy? newPolicy = null;
        if (verb == ActionVerb.UpdatePolicy)
        {
            // An update keeps the kind of the policy it updates unless it says otherwise: read as Standard, an
            // Enhanced policy's update was refused for Standard's ranges, never saying why.
            newPolicy = node.Required("policy") is { } inline
                ? ReadPolicy(inline, (vault is not null && inline.Get("name")?.Scalar is { } name ? names.KindOf(vault, name) : null) ?? Core.Policies.PolicyKind.Standard)
                : null;
        }
        else if (keys.Contains("policy"))
        {
            policy = node.String("policy", required: verb is ActionVerb.ResumeProtection or ActionVerb.ChangePolicy or ActionVerb.ResavePolicy);

            // A vault that was named but is not defined has been reported; its policies are then unknown.
            var status = policy is null || policiesAdded.Contains(policy) ? NameStatus.Defined
                : vault is not null ? names.Policy(vault, policy)
                : node.Has("vault") ? NameStatus.Broken
                : names.PolicyInAnyVault(policy);
            if (status == NameStatus.Undefined)
            {
                // The names there are, and the one meant, as a vault or a VM named wrongly is told them.
                var hint = names.PolicyHint(policy!, vault, policiesAdded);
                node.At("policy").Error($"no policy named '{YamlCursor.Shorten(policy!)}' is defined{(vault is null ? string.Empty : $" in vault '{vault}'")}.{hint}");
            }
        }

        // A key the verb does not take has been reported as unknown; its value is not read, or it would be reported again.
        YamlCursor? Allowed(string key) => keys.Contains(key) ? node.Get(key) : null;
        var enabled = keys.Contains("enabled") ? node.Bool("enabled") : null;
        if (enabled == false && Allowed("days") is { } days)
        {
            days.Error(SoftDeleteDaysWhileOff("enabled", "the vault keeps the days it has, for a later setSoftDelete step that turns it on without days", "days"));
        }

        return new ScenarioAction(verb)
        {
            Item = item,
            Vault = vault,
            Policy = policy,
            NewPolicy = newPolicy,
            Mode = verb == ActionVerb.StopProtection ? node.Enum<StopProtectionMode>("mode", required: true) ?? default : default,
            RetainUntil = Allowed("retainUntil") is { } until ? ReadRetainUntil(until, earliest) : null,
            Count = (int?)Allowed("count")?.AsInteger(1, 1000) ?? 1,
            Throughput = verb == ActionVerb.SetThroughput ? node.Number("mbps", 0.001, 100_000, " MB/s", required: true) ?? 1 : 0,
            Redundancy = verb == ActionVerb.SetRedundancy ? node.Enum<StorageRedundancy>("redundancy", required: true) : null,
            Enabled = keys.Contains("enabled") && (enabled ?? Missing(node, "enabled")),
            Days = (int?)Allowed("days")?.AsInteger(Vault.MinSoftDeleteDays, Vault.MaxSoftDeleteDays, " days"),
        };
    }

    /// <summary>Whether the verb acts on a protected item, which <c>vault/name</c> may pick among a data source's items.</summary>
    private static bool ActsOnItem(ActionVerb verb) => verb is ActionVerb.BackupNow or ActionVerb.CancelJob or ActionVerb.StopProtection
        or ActionVerb.ResumeProtection or ActionVerb.ChangePolicy or ActionVerb.DeleteBackupData or ActionVerb.Undelete;

    /// <summary>Refuses a Backup now whose retain-until is not after the step's run, or more than 99 years after it (after
    /// the scenario's end, the latest it can run, when its run is known only as a lower bound): the core would refuse
    /// the backup when the step runs.</summary>
    /// <remarks>A step that expects its refusal (<c>refused:</c>) is left to get it.</remarks>
    private void CheckRetainUntil(YamlCursor step, ScenarioAction? action, EarliestRun? run)
    {
        if (action is not { RetainUntil: { } until } || run is not { } earliest || step.Has("refused"))
        {
            return;
        }

        var at = step.At("retainUntil");
        var when = $"at {InZone(earliest.At)}{(earliest.Exact ? string.Empty : " at the earliest")}";
        if (until <= earliest.At)
        {
            at.Error($"{InZone(until)} is not after the step's run {when}; an on-demand point is kept from its backup until this time. Give a later time, or leave it out for {Core.Simulation.DefaultOnDemandRetention.Days} days.");
        }
        else if (earliest.Exact && until > Core.Simulation.LatestRetainUntil(earliest.At))
        {
            at.Error($"{InZone(until)} is more than {Core.Simulation.MaxOnDemandRetentionYears} years after the step's run {when}; Azure keeps an on-demand point at most {Core.Simulation.MaxOnDemandRetentionYears} years.");
        }
        else if (!earliest.Exact && _span is { } span && until > Core.Simulation.LatestRetainUntil(span.End))
        {
            at.Error($"{InZone(until)} is more than {Core.Simulation.MaxOnDemandRetentionYears} years after the scenario's end at {InZone(span.End)}, the latest the step can run; Azure keeps an on-demand point at most {Core.Simulation.MaxOnDemandRetentionYears} years.");
        }
    }

    /// <summary>Reads a Backup now's retain-until, a time or a date; an offset (<c>+10d</c>) is told the time it comes to.</summary>
    /// <remarks>Only <c>at</c> counts from another time; Azure keeps an on-demand point until a date (the CLI's
    /// <c>--retain-until</c>), and "not a time" left the trainer to work out which, from which run.</remarks>
    private Instant? ReadRetainUntil(YamlCursor node, EarliestRun? run)
    {
        if (node.Scalar is not { } text || !ScenarioTime.TryParseDuration(text, out var offset, out _) || offset == Duration.MaxValue)
        {
            return node.AsInstant(_displayZone);
        }

        // The time the offset comes to is given only where CheckRetainUntil would take it: a point is kept from after its
        // backup, for at most 99 years, so '0d' or '+36525d' is told the range instead.
        var time = run switch
        {
            { Exact: true } known when offset > Duration.Zero && known.At + offset <= Core.Simulation.LatestRetainUntil(known.At) =>
                $"write {InZone(known.At + offset)}, {text.TrimStart('+')} after the step's run at {InZone(known.At)}",
            { Exact: true } known when offset > Duration.Zero => $"write a time or a date after the step's run at {InZone(known.At)} and at most {Core.Simulation.MaxOnDemandRetentionYears} years after it",
            { Exact: true } known => $"write a time or a date after the step's run at {InZone(known.At)}",
            { } earliest => $"write a time or a date after the step's run at {InZone(earliest.At)} at the earliest",
            null => "write a time or a date after the step's run",
        };
        node.Error($"'{YamlCursor.Shorten(text)}' is an offset, which only 'at' takes; retainUntil is the time the point is kept until, as Azure's --retain-until takes a date: {time}, or leave it out for {Core.Simulation.DefaultOnDemandRetention.Days} days.");
        return null;
    }

    /// <summary>Why days written beside soft delete turned off are refused: days are set with soft delete on, and what a
    /// vault keeps meanwhile, for soft delete turned on again without days (<c>Simulation.SetSoftDelete</c>), is said.</summary>
    private static string SoftDeleteDaysWhileOff(string offKey, string kept, string daysKey) =>
        $"soft-delete days are set only while soft delete is on, and {offKey} is false: {kept}. Leave {daysKey} out, or turn soft delete on.";

    private static bool Missing(YamlCursor node, string key)
    {
        node.Required(key);
        return false;
    }

    /// <summary>Reads <c>refused:</c>: <c>true</c> (any reason, written as YAML writes true), or text the reason contains.</summary>
    /// <remarks>
    /// Read as text, <c>false</c> would expect a refusal whose reason holds the word, the opposite of what it says, and an
    /// empty text is in every reason; both are refused, naming the way to say each. So is a number written as YAML
    /// writes one (<c>refused: 1</c>, meant as "yes" more often than as a digit of the reason): in quotes it is text.
    /// </remarks>
    private static string? ReadRefused(YamlCursor refused)
    {
        var text = refused.AsString(YamlValueKind.Text | YamlValueKind.Boolean);
        if (text is not null && refused.IsPlainNumber)
        {
            refused.Error($"{YamlCursor.Shorten(text)} is a number, and 'refused' takes 'true' (any reason) or the text the refusal's reason contains; write it in quotes (\"{YamlCursor.Shorten(text)}\") if the reason is to contain it.");
            return null;
        }

        switch (YamlCursor.BooleanWord(text))
        {
            case true:
                return string.Empty;
            case false:
                refused.Error($"'{text}' would expect no refusal, which is what a step without 'refused' expects; leave it out, or give 'true' or the text the refusal's reason contains.");
                return null;
            case null when text is not null && string.IsNullOrWhiteSpace(text):
                refused.Error("must not be empty; give 'true' to accept any reason, or the text the refusal's reason contains.");
                return null;
            default:
                return text;
        }
    }
}
