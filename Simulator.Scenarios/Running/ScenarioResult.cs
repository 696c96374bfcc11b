using System.Globalization;
using NodaTime;
using Simulator.Scenarios.Yaml;

namespace Simulator.Scenarios.Running;

/// <summary>What a replay of one scenario found.</summary>
public sealed record ScenarioResult(string File, string Name, long Seed, Instant Start, Instant End, Instant StoppedAt, IReadOnlyList<ExpectationOutcome> Outcomes, long EventsProcessed)
{
    /// <summary>The seed the file states, which its checks were written for; another when <c>--seed</c> overrode it.</summary>
    public long FileSeed { get; init; } = Seed;

    /// <summary>The zone the file's times are read in, where a person reading the output looks for a time it tells.</summary>
    public DateTimeZone DisplayZone { get; init; } = DateTimeZone.Utc;

    /// <summary>True when the run stopped before the scenario's end (<c>--until</c>); checks due later were not made.</summary>
    public bool StoppedEarly => StoppedAt < End;

    /// <summary>The checks the scenario states that the run stopped before, in the file's order; none when it ran to its end.</summary>
    public IReadOnlyList<CheckNotMade> NotMade { get; init; } = [];

    /// <summary>The steps that ran after the time written for them, the wait before them having ended later.</summary>
    public IReadOnlyList<LateStep> LateSteps { get; init; } = [];

    /// <summary>True when <c>--until</c> came before the scenario's start (<see cref="StoppedAt"/> is that time): nothing
    /// ran, and every check is among <see cref="NotMade"/>.</summary>
    public bool Skipped => StoppedAt < Start;

    public bool Passed => Outcomes.All(o => o.Passed);

    /// <summary>True when the scenario ran and every check it made passed: a skipped one counts as neither passed nor failed.</summary>
    public bool PassedRunning => !Skipped && Passed;

    public IEnumerable<ExpectationOutcome> Failures => Outcomes.Where(o => !o.Passed);

    /// <summary>What a check expected, as a failure says it: under a seed other than the file's, with the seed the file
    /// stated it for, as another seed draws other start delays and fleets, which may legitimately fail it.</summary>
    /// <remarks>A time is told in <see cref="DisplayZone"/> with UTC beside it, as the file writes it and as the
    /// check's own time is told: UTC alone read an expiry written for 00:00 in Tokyo as 15:00 the day before.</remarks>
    public string ExpectedText(ExpectationOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var expected = Told(outcome.Expected, outcome.ExpectedTime);
        return Seed == FileSeed
            ? expected
            : string.Create(CultureInfo.InvariantCulture, $"{expected} (stated for the file's seed {FileSeed}, not this run's {Seed})");
    }

    /// <summary>What a check found, as a failure says it: a time in <see cref="DisplayZone"/> with UTC beside it, as
    /// <see cref="ExpectedText"/> tells the time it is compared with.</summary>
    public string ActualText(ExpectationOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return Told(outcome.Actual, outcome.ActualTime);
    }

    /// <summary>How a failed check reads on the console and in JUnit: what it expected and what the run found.</summary>
    public string FailureText(ExpectationOutcome outcome) => $"expected {ExpectedText(outcome)}, actual {ActualText(outcome)}";

    /// <summary>What a check was of, as a failure says it: the time of the point it names in <see cref="DisplayZone"/> with
    /// UTC beside it, as the check's own time and the times it compares are told.</summary>
    public string SubjectText(ExpectationOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return Told(outcome.Subject, outcome.SubjectTime);
    }

    /// <summary>The text with the time it writes in UTC (the whole text, or a part of it: "first vm-1 at TIME") told in
    /// <see cref="DisplayZone"/> with UTC beside it.</summary>
    private string Told(string text, Instant? time) => time is { } t
        ? text.Replace(Core.Journal.JournalFormatter.FormatTime(t), ScenarioTime.Told(t, DisplayZone), StringComparison.Ordinal)
        : text;
}
