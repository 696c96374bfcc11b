using NodaTime;
using Simulator.Core;
using Simulator.Core.Engine;
using Simulator.Core.Journal;
using Simulator.Core.Service;
using Simulator.Scenarios.Model;

namespace Simulator.Scenarios.Running;

/// <summary>A scenario loaded into a live simulation: its world built, its timeline and checks scheduled on the engine.</summary>
/// <remarks>
/// Steps and checks are engine events, so whoever moves time (the headless replay, or the dashboard playing against
/// the wall clock) runs them at their virtual time; there is one way a scenario plays, whichever face shows it.
/// </remarks>
public sealed partial class ScenarioSession : IEventHandler
{
    private const int StepKind = 0;
    private const int CheckKind = 1;

    private readonly List<ExpectationOutcome> _outcomes = [];
    private readonly List<LateStep> _lateSteps = [];
    private readonly List<PerformedAction> _performed = [];
    private readonly HashSet<ExpectationDefinition> _checked = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(HappeningKind, string), List<Instant>> _happenings = [];
    private int _nextStep;
    private bool _waitingForHappening;
    private bool _finished;
    private Instant _clockLeftAt;

    /// <param name="definition">A scenario read by <see cref="Parsing.ScenarioParser"/>, with the seed it runs with
    /// (<c>--seed</c> is given to the parser, as the fleets it generates are drawn from it too).</param>
    /// <param name="journal">Subscribed before the world is built, so it sees every event from the first.</param>
    /// <param name="entries">Subscribed after <paramref name="journal"/>, to read the same events as values (a recording).</param>
    /// <exception cref="ScenarioLoadException">The world can't be built as written (a refusal of the core).</exception>
    public ScenarioSession(ScenarioDefinition definition, Action<DomainEvent>? journal = null, JournalEntryHandler? entries = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        Definition = definition;
        Simulation = new Simulation(definition.Header.Start, Seed, definition.Settings);
        _clockLeftAt = Simulation.Now;
        // Happenings are read off the journal; without a step waiting for one, nobody needs it, and a large
        // estate runs faster when the core need not build events nobody reads.
        if (definition.Steps.Any(s => s.Timing.After is not null))
        {
            Simulation.Journal.Subscribe(Observe);
        }

        if (journal is not null)
        {
            Simulation.Journal.Subscribe(journal);
        }

        if (entries is not null)
        {
            Simulation.Journal.Subscribe(entries);
        }

        // Kept while the world is built only: after it, a large estate runs faster with no one to build events for.
        Simulation.Journal.Subscribe(KeepWorldBuildEvent);
        try
        {
            WorldBuilder.Build(Simulation, definition);
        }
        catch (OperationRefusedException e)
        {
            throw new ScenarioLoadException([new ScenarioError(definition.File, 1, 1, "world", e.Message)]);
        }
        finally
        {
            Simulation.Journal.Unsubscribe(KeepWorldBuildEvent);
        }

        foreach (var expectation in definition.Expectations.Where(e => e.At is not null))
        {
            Simulation.Engine.Schedule(expectation.At!.Value, EventPriority.Check, this, CheckKind, expectation);
        }

        ScheduleNextStep();
    }

    public ScenarioDefinition Definition { get; }

    public long Seed => Definition.Header.Seed;

    public Simulation Simulation { get; }

    public Instant End => Definition.Header.End;

    public bool IsFinished => _finished;

    /// <summary>Every assertion checked so far, with steps that were refused (or not refused) against expectations.</summary>
    public IReadOnlyList<ExpectationOutcome> Outcomes => _outcomes;

    /// <summary>The steps so far that ran after the time written for them, because the wait before them ended later.</summary>
    public IReadOnlyList<LateStep> LateSteps => _lateSteps;

    /// <summary>The checks the scenario states that are not made yet, named as they will be, in the file's order: those
    /// due later (the engine makes one due at this very instant before it stops here), and those of the end.</summary>
    /// <remarks>A step that has not run yet is one of them when it expects its action refused, the check it makes.</remarks>
    public IReadOnlyList<CheckNotMade> ChecksNotMade()
    {
        if (_finished)
        {
            return [];
        }

        var expectations = Definition.Expectations.Where(e => !_checked.Contains(e)).SelectMany(e =>
            ExpectationChecker.Stated(e).Select(c => new CheckNotMade(e.Location, c.Name, JournalFormatter.FormatTime(e.At ?? End), c.Expected)));
        var steps = Definition.Steps.Skip(_nextStep).Where(s => s.ExpectRefusal is not null).Select(s =>
            new CheckNotMade(s.Location, CheckName(s), Stated(s.Timing), Refusal(s.ExpectRefusal!)));
        return [.. steps.Concat(expectations).OrderBy(c => c.Location.Line).ThenBy(c => c.Location.Column)];
    }

    /// <summary>What the next step waits for when it waits for something to happen rather than for a time; null otherwise.</summary>
    /// <remarks>A person's action can make it never happen (a job cancelled, a VM deleted); the dashboard says what is awaited.</remarks>
    public string? NextStepWaitsFor => _waitingForHappening && Definition.Steps[_nextStep].Timing.After is { } happening ? Describe(happening) : null;

    /// <summary>Actions people took in this session, in order.</summary>
    public IReadOnlyList<PerformedAction> PerformedActions => _performed;

    /// <summary>Raised after a person's action was carried out (not when it was refused).</summary>
    public event Action<PerformedAction>? ActionPerformed;

    /// <summary>Raised when a person leaves the clock at a later time than before (<see cref="LeaveClock"/>), with that time.</summary>
    public event Action<Instant>? ClockLeft;

    /// <summary>Carries out a person's action now, through the same core command a scenario step uses.</summary>
    /// <exception cref="Core.Service.OperationRefusedException">The core refused it, or the scenario has ended; nothing changed.</exception>
    public void Perform(ScenarioAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (_finished)
        {
            // Time stops at the end, so a job started now would stay in progress for good.
            throw new OperationRefusedException(action.Verb.OperationName(), action.Item ?? action.Vault ?? string.Empty, (FormattableString)$"the scenario ended at {End}; nothing happens in it any more.");
        }

        ScenarioActions.Apply(Simulation, action);
        var performed = new PerformedAction(Simulation.Now, action, Simulation.Engine.ProcessedEvents);
        _performed.Add(performed);
        ActionPerformed?.Invoke(performed);
    }

    /// <summary>Plays the session forward through actions recorded in an earlier one, each where it was taken, to reopen a lab.</summary>
    /// <remarks>
    /// A person acts between the events the dashboard ran, after the checks and steps of that instant too; an action
    /// replayed as an event of its own would go before some of them. So each runs after exactly the events that had
    /// run when it was taken. An action recorded without that count ran, as the dashboard runs, after every event due
    /// by its instant.
    /// </remarks>
    /// <exception cref="Core.Service.OperationRefusedException">An action is refused now; the recording does not belong to this scenario and seed.</exception>
    public void Replay(IEnumerable<PerformedAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        foreach (var action in actions)
        {
            var at = Instant.Min(Instant.Max(action.At, Simulation.Now), End);
            Simulation.Engine.RunUntil(at, action.EventsBefore ?? long.MaxValue);
            Perform(action.Action);
        }
    }

    /// <summary>Runs to <paramref name="until"/>, or to the end of the scenario, whichever is first.</summary>
    public void RunUntil(Instant until)
    {
        Simulation.RunUntil(until < End ? until : End);
        if (Simulation.Now >= End)
        {
            Finish();
        }
    }

    public void RunToEnd() => RunUntil(End);

    /// <summary>Runs to <paramref name="target"/> as <see cref="RunUntil"/> does, for a person who chose that time (the dashboard's go-to).</summary>
    public void GoTo(Instant target)
    {
        RunUntil(target);
        LeaveClock();
    }

    /// <summary>Says that a person left the clock where it stands: after a go-to, a step to the next event, a pause.</summary>
    /// <remarks>
    /// Where a person left the clock is part of what they did: a go-to may cross no event at all, and whoever keeps
    /// the session (a lab's recording) would otherwise know only the time of its last event, or of the last events it
    /// had been handed, up to an hour of virtual time before. Said once per time, and only forward.
    /// </remarks>
    public void LeaveClock()
    {
        if (Simulation.Now > _clockLeftAt)
        {
            _clockLeftAt = Simulation.Now;
            ClockLeft?.Invoke(_clockLeftAt);
        }
    }

    /// <summary>Checks the end-of-run expectations and reports steps that never ran; runs once.</summary>
    public void Finish()
    {
        if (_finished)
        {
            return;
        }

        _finished = true;
        foreach (var expectation in Definition.Expectations.Where(e => e.At is null))
        {
            _outcomes.AddRange(ExpectationChecker.Check(Simulation, expectation));
        }

        if (_nextStep >= Definition.Steps.Count)
        {
            return;
        }

        // The first step that never ran is a failed check; so is every step after it that expected a refusal, each
        // one of the checks the scenario counts (ScenarioDefinition.Checks).
        var first = Definition.Steps[_nextStep];
        var waited = first.Timing.After is { } h ? Describe(h) : "its time";
        if (first.ExpectRefusal is null)
        {
            _outcomes.Add(new ExpectationOutcome(first.Location, CheckName(first), $"to run (waiting for {waited})", "the scenario ended first", Simulation.Now, false)
            {
                Name = CheckName(first),
                When = Stated(first.Timing),
            });
        }

        foreach (var step in Definition.Steps.Skip(_nextStep).Where(s => s.ExpectRefusal is not null))
        {
            var never = step == first ? $"never ran (waiting for {waited}); the scenario ended first" : "never ran; the scenario ended first";
            _outcomes.Add(new ExpectationOutcome(step.Location, CheckName(step), Refusal(step.ExpectRefusal!), never, Simulation.Now, false) { When = Stated(step.Timing) });
        }
    }

    void IEventHandler.Handle(in ScheduledEvent scheduled)
    {
        if (scheduled.Kind == CheckKind)
        {
            var expectation = (ExpectationDefinition)scheduled.Subject!;
            _outcomes.AddRange(ExpectationChecker.Check(Simulation, expectation));
            _checked.Add(expectation);
            return;
        }

        RunStep(Definition.Steps[_nextStep++]);
        ScheduleNextStep();
    }
}
