using NodaTime;
using Simulator.Core.Jobs;
using Simulator.Scenarios.Model;

namespace Simulator.Scenarios.Parsing;

/// <summary>A management job the file itself starts on an item: the item takes no other operation from its start until
/// it has run its duration.</summary>
/// <param name="Start">When it starts: the run of the step that starts it, or the start of the run.</param>
/// <param name="Lasts">How long it runs: the scenario's <c>settings.operationDuration</c>, which the core's jobs take.</param>
/// <param name="Step">The step that starts it and the line it is written at; null for the item's protection at the start.</param>
internal readonly record struct ItemOperation(JobOperation Operation, EarliestRun Start, Duration Lasts, (ActionVerb Verb, int Line)? Step)
{
    /// <summary>When the job completes, where the file fixes its start; a step of that instant runs after it, and is taken.</summary>
    public Instant Until => Start.At + Lasts;

    /// <summary>Whether a step running at <paramref name="at"/> finds the job still running whatever the run does
    /// before it, and is refused: it runs less than the job's duration after the job starts.</summary>
    public bool Holds(EarliestRun at) => at.Since(Start).Most < Lasts;

    /// <summary>Whether a step running at <paramref name="at"/> finds the job completed whatever the run does before it.</summary>
    public bool HasCompleted(EarliestRun at) => at.Since(Start).Least >= Lasts;
}
