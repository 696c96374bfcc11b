using Simulator.Core;
using Simulator.Scenarios.Running;
using Simulator.Scenarios.Yaml;

namespace Simulator.Scenarios.Reporting;

/// <summary>How the console and the reports say that a run stopped before its scenario's end (<c>--until</c>), and
/// what it left: one wording for each of them.</summary>
public static class StoppedRun
{
    /// <summary>The note a result's line ends with, <c>(stopped at 2026-03-03T00:00:00Z; 7 later checks not made)</c>;
    /// empty when the run went to its end.</summary>
    /// <remarks>It counts the checks not made, so "0 checks passed" is not read as a file without any.</remarks>
    public static string Note(ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.StoppedEarly)
        {
            return string.Empty;
        }

        var left = result.NotMade.Count == 0 ? "no later checks" : $"{CountText.Of(result.NotMade.Count, "later check")} not made";
        return $"(stopped at {ScenarioTime.Told(result.StoppedAt, result.DisplayZone)}; {left})";
    }

    /// <summary>Why a check of the scenario was not made, as a report gives it beside the check.</summary>
    public static string NotMadeReason(ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return $"not made: the run stopped at {ScenarioTime.Told(result.StoppedAt, result.DisplayZone)} (--until)";
    }
}
