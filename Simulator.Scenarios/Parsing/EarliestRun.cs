using NodaTime;
using Simulator.Scenarios.Model;

namespace Simulator.Scenarios.Parsing;

/// <summary>The earliest instant a timeline step can run, as far as reading the file tells: exactly, or only as a
/// lower bound once an earlier step waits for a happening.</summary>
internal readonly record struct EarliestRun(Instant At, bool Exact)
{
    /// <summary>Before the first step: the run starts at <paramref name="start"/>.</summary>
    public static EarliestRun AtStart(Instant start) => new(start, Exact: true);

    /// <summary>The earliest run of the next step, timed by <paramref name="timing"/>.</summary>
    /// <remarks>
    /// Steps run in the order written, each once the one before has run (as the session schedules them): a time that
    /// has passed runs at once, an offset counts from the previous step's run, and a happening comes no earlier than
    /// the start of the run and no earlier than the previous step, then waits its delay.
    /// </remarks>
    public EarliestRun Then(StepTiming timing, Instant start) => timing switch
    {
        { At: { } at } => new(Instant.Max(at, At), Exact),
        { AfterPrevious: { } offset } => new(At + offset, Exact),
        _ => new(Instant.Max(At, start + timing.Delay), Exact: false),
    };
}
