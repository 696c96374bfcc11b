using System.Globalization;
using NodaTime;
using Simulator.Core.Engine;
using Simulator.Core.Jobs;
using Simulator.Core.Journal;
using Simulator.Core.Protection;
using Simulator.Core.Service;
using Simulator.Scenarios.Model;
using Simulator.Scenarios.Yaml;

namespace Simulator.Scenarios.Running;

/// <summary>The timeline: steps run at their time or after a happening, and the happenings counted off the journal.</summary>
public sealed partial class ScenarioSession
{
    private void RunStep(StepDefinition step)
    {
        if (step.Say is { } text)
        {
            Simulation.Narrate(text);
        }

        if (step.Action is not { } action)
        {
            return;
        }

        string? refusal = null;
        try
        {
            ScenarioActions.Apply(Simulation, action);
        }
        catch (OperationRefusedException e)
        {
            refusal = e.Reason;
            Simulation.Narrate(e);
        }

        if (step.ExpectRefusal is { } expected)
        {
            var passed = refusal is not null && refusal.Contains(expected, StringComparison.OrdinalIgnoreCase);
            if (refusal is null)
            {
                // Its say: told of a refusal, just before a change the journal shows happening: the journal says the
                // step went otherwise, which a person's actions in a lab (or an edit of the file) can make it do.
                var since = _performed.Count > 0 ? ", after the actions taken in this session" : string.Empty;
                Simulation.Narrate($"Not as the scenario expected: its {YamlCursor.Word(action.Verb)} step was accepted{since}, where it expected a refusal{(expected.Length == 0 ? string.Empty : $" ('{expected}')")}.");
            }

            _outcomes.Add(new ExpectationOutcome(step.Location, CheckName(step), Refusal(expected), refusal is null ? "accepted" : $"refused: {refusal}", Simulation.Now, passed) { When = Stated(step.Timing) });
        }
        else if (refusal is not null)
        {
            _outcomes.Add(new ExpectationOutcome(step.Location, CheckName(step), "accepted", $"refused: {refusal}", Simulation.Now, false) { When = Stated(step.Timing) });
        }
    }

    private void ScheduleNextStep()
    {
        _waitingForHappening = false;
        if (_nextStep >= Definition.Steps.Count)
        {
            return;
        }

        var timing = Definition.Steps[_nextStep].Timing;
        if (timing.After is { } happening)
        {
            if (_happenings.TryGetValue((happening.Kind, happening.Item.ToLowerInvariant()), out var seen) && seen.Count >= happening.Nth)
            {
                ScheduleStepAt(seen[happening.Nth - 1] + timing.Delay);
            }
            else
            {
                _waitingForHappening = true;
            }

            return;
        }

        if (timing.At is { } written && written < Simulation.Now && written <= End)
        {
            var step = Definition.Steps[_nextStep];
            _lateSteps.Add(new LateStep(step.Location, step.Action is { } action ? YamlCursor.Word(action.Verb) : "say", written, Simulation.Now));
        }

        ScheduleStepAt(timing.At ?? Simulation.Now + timing.AfterPrevious!.Value);
    }

    private void ScheduleStepAt(Instant at)
    {
        if (at <= End)
        {
            Simulation.Engine.Schedule(Instant.Max(at, Simulation.Now), EventPriority.Scripted, this, StepKind);
        }
    }

    private void Observe(DomainEvent e)
    {
        if (Classify(e) is not { } kind || e.Item is null)
        {
            return;
        }

        // Counted for the data source and for its item in the event's vault, the two ways a step can name it.
        Count(kind, e.Item, e);
        if (e.Vault is { } vault)
        {
            Count(kind, new ItemReference(vault, e.Item).ToString(), e);
        }
    }

    private void Count(HappeningKind kind, string item, DomainEvent e)
    {
        var key = (kind, item.ToLowerInvariant());
        if (!_happenings.TryGetValue(key, out var seen))
        {
            _happenings[key] = seen = [];
        }

        seen.Add(e.At);
        if (_waitingForHappening && Definition.Steps[_nextStep].Timing.After is { } wanted
            && wanted.Kind == kind && string.Equals(wanted.Item, item, StringComparison.OrdinalIgnoreCase) && seen.Count == wanted.Nth)
        {
            _waitingForHappening = false;
            ScheduleStepAt(e.At + Definition.Steps[_nextStep].Timing.Delay);
        }
    }

    private static HappeningKind? Classify(DomainEvent e) => e switch
    {
        JobStarted { Operation: nameof(JobOperation.Backup) } => HappeningKind.JobStarted,
        JobPhaseChanged { Phase: JobPhase.SnapshotName, Status: nameof(PhaseStatus.Completed) } => HappeningKind.SnapshotCompleted,
        JobPhaseChanged { Phase: JobPhase.TransferName, Status: nameof(PhaseStatus.InProgress) } => HappeningKind.TransferStarted,
        JobPhaseChanged { Phase: JobPhase.TransferName, Status: nameof(PhaseStatus.Completed) } => HappeningKind.TransferCompleted,
        JobPhaseChanged { Phase: JobPhase.TransferName, Status: nameof(PhaseStatus.Skipped) } => HappeningKind.TransferSkipped,
        JobFinished { Operation: nameof(JobOperation.Backup), Status: nameof(JobStatus.Completed) or nameof(JobStatus.CompletedWithWarnings) } => HappeningKind.JobCompleted,
        JobFinished { Operation: nameof(JobOperation.Backup), Status: nameof(JobStatus.Failed) } => HappeningKind.JobFailed,
        RecoveryPointCreated => HappeningKind.PointCreated,
        RecoveryPointDeleted => HappeningKind.PointDeleted,
        _ => null,
    };

    /// <summary>What a step that expects its refusal expects, as its check says it.</summary>
    private static string Refusal(string expected) => expected.Length == 0 ? "refused" : $"refused: …{expected}…";

    private static string Describe(Happening happening) => $"{YamlCursor.Word(happening.Kind)} of {happening.Item} #{happening.Nth}";

    /// <summary>When a step runs as the file states it, which names its check: the time written, an offset, or the
    /// happening it waits for (whose time, and the time of an offset after it, moves with the seed).</summary>
    private static string Stated(StepTiming timing) => timing switch
    {
        { At: { } at } => JournalFormatter.FormatTime(at),
        { AfterPrevious: { } offset } => $"+{ScenarioTime.Format(offset)}",
        { After: { } h } => $"after: {YamlCursor.Word(h.Kind)} {h.Item}"
            + (h.Nth == 1 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" nth {h.Nth}"))
            + (timing.Delay == Duration.Zero ? string.Empty : $" delay {ScenarioTime.Format(timing.Delay)}"),
        _ => string.Empty,
    };

    /// <summary>The name of a step's check, whether it ran or not: a step that never ran is the same check as its run.</summary>
    private static string CheckName(StepDefinition step) => step.Action is { } action ? $"step {YamlCursor.Word(action.Verb)}" : "step";
}
