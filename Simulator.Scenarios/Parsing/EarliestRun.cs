using NodaTime;
using Simulator.Scenarios.Model;

namespace Simulator.Scenarios.Parsing;

/// <summary>The earliest instant a timeline step can run, as far as reading the file tells: exactly, or only as a
/// lower bound once an earlier step waits for a happening; and how long after any step above it it runs, as far as the
/// file fixes that (see <see cref="Since"/>).</summary>
internal readonly record struct EarliestRun(Instant At, bool Exact)
{
    /// <summary>The latest it can run: when it is exact, then; else the scenario's end, after which no step runs.</summary>
    public Instant Latest { get; private init; }

    /// <summary>The step's place in the timeline: 0 for the start, 1 for the first step.</summary>
    public int Step { get; private init; }

    /// <summary>What the timings up to this step add up to at least: the step runs at least the difference of two
    /// steps' sums after the earlier one.</summary>
    private Duration Least { get; init; }

    /// <summary>What they add up to at most, leaving out the waits, which have no most: with no wait between two steps,
    /// the later runs at most the difference of their sums after the earlier.</summary>
    private Duration Most { get; init; }

    /// <summary>How many steps up to this one wait for a happening (or have a timing the file gets wrong).</summary>
    private int Waits { get; init; }

    /// <summary>What this step's own timing adds to <see cref="Least"/>.</summary>
    private Duration Own { get; init; }

    /// <summary>Before the first step: the run starts at <paramref name="start"/>.</summary>
    public static EarliestRun AtStart(Instant start) => new(start, Exact: true) { Latest = start };

    /// <summary>The earliest run of the next step, timed by <paramref name="timing"/>, in a scenario that runs <paramref name="span"/>.</summary>
    /// <remarks>
    /// Steps run in the order written, each once the one before has run (as the session schedules them): a time that
    /// has passed runs at once, an offset counts from the previous step's run, and a happening comes no earlier than
    /// the start of the run and no earlier than the previous step, then waits its delay. So an offset adds exactly
    /// itself; a written time adds what is left of it after the previous step's run, which is known when that run is,
    /// and else at most what is left after its earliest run; a happening adds any time.
    /// </remarks>
    public EarliestRun Then(StepTiming timing, Interval span)
    {
        switch (timing)
        {
            case { At: { } at }:
                var left = Duration.Max(at - At, Duration.Zero);
                return Next(Instant.Max(at, At), Exact ? left : Duration.Zero, left, span);
            case { AfterPrevious: { } offset }:
                return Next(At + offset, offset, offset, span);
            default:
                return Wait(Instant.Max(At, span.Start + timing.Delay), span);
        }
    }

    /// <summary>The next step, whose run only the run knows but for its earliest: after a happening, or with a timing the file gets wrong.</summary>
    public EarliestRun Wait(Instant earliest, Interval span) =>
        this with { At = earliest, Exact = false, Latest = span.End, Step = Step + 1, Waits = Waits + 1, Own = Duration.Zero };

    /// <summary>How long after <paramref name="earlier"/>, a step above, this step runs, whatever the run does before it.</summary>
    /// <remarks>
    /// At least what the timings between them add at least, and at most what they add at most when none of them waits
    /// for a happening. Either way no more than the latest this step can run after the earliest the other can (the
    /// scenario's end bounds a step after a wait), no less than its earliest after the other's latest, nor less than
    /// nothing: steps run in the order written. Two steps with only offsets between them are exactly those apart, even
    /// when the first waited for a happening.
    /// </remarks>
    public RunGap Since(EarliestRun earlier)
    {
        var least = Duration.Max(Duration.Max(Least - earlier.Least, At - earlier.Latest), Duration.Zero);
        var most = Latest - earlier.At;
        return new RunGap(least, Waits == earlier.Waits ? Duration.Min(most, Most - earlier.Most) : most);
    }

    /// <summary>The offset after the step before this one that runs it at least <paramref name="after"/> after
    /// <paramref name="earlier"/>, a step above, whatever the run does before it.</summary>
    public Duration OffsetFor(EarliestRun earlier, Duration after) => Duration.Max(after - (Least - Own - earlier.Least), Duration.Zero);

    private EarliestRun Next(Instant at, Duration least, Duration most, Interval span) =>
        this with { At = at, Latest = Exact ? at : span.End, Step = Step + 1, Least = Least + least, Most = Most + most, Own = least };
}
