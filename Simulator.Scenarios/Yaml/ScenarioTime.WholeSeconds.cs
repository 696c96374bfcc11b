using System.Text.RegularExpressions;

namespace Simulator.Scenarios.Yaml;

public static partial class ScenarioTime
{
    /// <summary>True for a time to the whole second, with the reason when it has a fraction of one.</summary>
    /// <remarks>
    /// Everything vaultsim writes a time into (the journal, the console, the reports, a step or a check's name) writes
    /// it to the second, as the engine counts it; a time between two seconds was cut there, so a run told it stopped
    /// at a second other than the one it was given, and a scenario starting at 00:00:00.25 was refused as outside
    /// itself. A fraction of zero names the whole second and is taken.
    /// </remarks>
    private static bool WholeSecond(int nanosecondOfSecond, string text, out string error)
    {
        error = nanosecondOfSecond == 0 ? string.Empty : FractionRefused(text);
        return error.Length == 0;
    }

    /// <summary>Why a time with a fraction of a second is refused, naming the whole second to write.</summary>
    private static string FractionRefused(string text) =>
        $"{YamlCursor.Shorten(text)} has a fraction of a second; vaultsim counts time in whole seconds: write {FractionRegex().Replace(text, string.Empty, 1)}, or the second after it.";

    /// <summary>True when the text writes a fraction of a second, which is refused, or told, on its own.</summary>
    private static bool HasFraction(string text) => FractionRegex().IsMatch(text);

    // NodaTime's ';' before the fraction takes a comma as well as a point, as ISO 8601 does.
    [GeneratedRegex(@"[.,][0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex FractionRegex();
}
