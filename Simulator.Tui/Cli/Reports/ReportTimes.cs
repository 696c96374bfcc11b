using NodaTime;
using NodaTime.Text;
using Simulator.Scenarios.Yaml;
using Simulator.Store.Reading;

namespace Simulator.Tui.Cli.Reports;

/// <summary>Reads <c>--from</c>/<c>--to</c>: an ISO 8601 time (UTC unless it has an offset), a date, or +offset from the run's start.</summary>
internal static class ReportTimes
{
    /// <param name="endOfDay">For <c>--to</c>: a bare date means up to the end of that day, as the Azure CLI's --end-date does.</param>
    /// <exception cref="CliInputException">The text is none of these.</exception>
    public static Instant Parse(string text, string option, RunSummary run, bool endOfDay)
    {
        if (text.StartsWith('+'))
        {
            return ScenarioTime.TryParseDuration(text, out var offset, out var error)
                ? run.Start + offset
                : throw new CliInputException($"{option}: {error}");
        }

        // A date is read as everywhere else (its 00:00, here in UTC), but --to's goes on to the end of that day.
        if (endOfDay && LocalDatePattern.Iso.Parse(text) is { Success: true } date)
        {
            return date.Value.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant() + Duration.FromDays(1) - Duration.Epsilon;
        }

        return ScenarioTime.TryParseInstant(text, DateTimeZone.Utc, out var instant, out var problem)
            ? instant
            : throw new CliInputException($"{option}: {problem}{ScenarioTime.OffsetHint(text, "the run's start", problem)}");
    }
}
