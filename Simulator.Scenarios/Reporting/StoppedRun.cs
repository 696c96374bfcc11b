using NodaTime;
using Simulator.Core;
using Simulator.Scenarios.Running;
using Simulator.Scenarios.Yaml;

namespace Simulator.Scenarios.Reporting;

/// <summary>How the console and the reports say that a run stopped before its scenario's end (<c>--until</c>), and
/// what it left: one wording for each of them.</summary>
public static class StoppedRun
{
    /// <summary>The note a result's line ends with, <c>(stopped at 2026-03-03T00:00:00Z; 7 later checks not made)</c>,
    /// or where <c>--until</c> was outside the scenario, what became of it; empty when the run went to its end unasked.</summary>
    /// <remarks>It counts the checks not made, so "0 checks passed" is not read as a file without any.</remarks>
    /// <param name="until">Where <c>--until</c> stood in the scenario; past its end, the note says the run went whole.</param>
    public static string Note(ScenarioResult result, Instant? until = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Skipped)
        {
            return $"(starts at {Told(result, result.Start)}, after --until {Told(result, result.StoppedAt)}; {CountText.Of(result.NotMade.Count, "check")} not made)";
        }

        if (until is { } past && past > result.End)
        {
            return $"(ran whole: it ends at {Told(result, result.End)}, before --until {Told(result, past)})";
        }

        if (!result.StoppedEarly)
        {
            return string.Empty;
        }

        var left = result.NotMade.Count == 0 ? "no later checks" : $"{CountText.Of(result.NotMade.Count, "later check")} not made";
        return $"(stopped at {Told(result, result.StoppedAt)}; {left})";
    }

    /// <summary>Why a check of the scenario was not made, as a report gives it beside the check.</summary>
    public static string NotMadeReason(ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Skipped
            ? $"not made: the scenario starts at {Told(result, result.Start)}, after --until {Told(result, result.StoppedAt)}"
            : $"not made: the run stopped at {Told(result, result.StoppedAt)} (--until)";
    }

    private static string Told(ScenarioResult result, Instant at) => ScenarioTime.Told(at, result.DisplayZone);
}
