using NodaTime;
using Simulator.Core.Journal;
using Simulator.Scenarios.Model;

namespace Simulator.Scenarios.Running;

/// <summary>One assertion of a scenario, checked: what was expected, what was found, when.</summary>
/// <remarks>
/// <see cref="Subject"/> may name what the run found (the time of the point checked), and <see cref="At"/> is when the
/// check was made (a step's, after a happening, moves with the seed); <see cref="Name"/> and <see cref="When"/> are the
/// check as the file states it, which a CI server keys a test's history on, so they must not change from run to run.
/// </remarks>
public sealed record ExpectationOutcome(SourceLocation Location, string Subject, string Expected, string Actual, Instant At, bool Passed)
{
    /// <summary>The check as the file states it, the same whatever the run found; the subject when that holds nothing found.</summary>
    public string Name { get; init; } = Subject;

    /// <summary>When the check is made as the file states it: the time written (an expectation's, or the end), an offset
    /// (<c>+1h</c>) or the happening a step waits for; <see cref="At"/> when that is the time written.</summary>
    public string When { get; init; } = JournalFormatter.FormatTime(At);

    /// <summary>The time <see cref="Expected"/> writes in UTC, where the check is of a time (<c>scheduledFor</c>,
    /// <c>expiry</c>), so that what a person reads can tell it in the file's zone, as the file wrote it.</summary>
    public Instant? ExpectedTime { get; init; }

    /// <summary>The time <see cref="Actual"/> writes in UTC, where the run found one for a check of a time, or the
    /// time it names (when the first failed job started).</summary>
    public Instant? ActualTime { get; init; }

    /// <summary>The time <see cref="Subject"/> writes in UTC, where it names one (a point checked, by the time it was
    /// taken), so that what a person reads can tell it in the file's zone; <see cref="Name"/> keeps UTC, as a CI server
    /// keys a test's history on it.</summary>
    public Instant? SubjectTime { get; init; }

    /// <summary>The check as the reports name it, from the file alone: <c>step deleteBackupData @ after: jobStarted vm-a</c>.</summary>
    public string StatedName => Stated(Name, When);

    /// <summary>True when the name leaves out what the run found (a point's time, the time a step ran), which is then
    /// to be read beside it.</summary>
    public bool NameLeavesOutFound => Name != Subject || When != JournalFormatter.FormatTime(At);

    /// <summary>A check's name and when it is made, as one name: the one rule for checks made and not made alike.</summary>
    internal static string Stated(string name, string when) => $"{name} @ {when}";
}
