using NodaTime;

namespace Simulator.Scenarios.Yaml;

/// <summary>The years the simulator takes a time in, from 1970 to 2999 (UTC): the one rule for a scenario's times, the
/// command line's and a run file's.</summary>
/// <remarks>
/// A scenario's whole span is held to it, its end too, so that every time a run reaches can be typed again (in its
/// timeline, to <c>--until</c>, to <c>report --from</c>). A year of schedules or retention past a time is still inside
/// NodaTime's range, which ends in 9999.
/// </remarks>
public static class SimulatedYears
{
    /// <summary>The range as a message gives it, after "use" or "expected a time in".</summary>
    public const string Allowed = "a year from 1970 to 2999";

    /// <summary>True for a time in one of the years.</summary>
    public static bool Contain(Instant instant) => instant.InUtc().Year is >= 1970 and <= 2999;

    /// <summary>Why <paramref name="text"/>, a time outside the years, is refused.</summary>
    public static string OutOfRange(string text) => $"{text} is out of range; use {Allowed}.";

    /// <summary>Why <paramref name="text"/>, read as <paramref name="instant"/> outside the years, is refused; with the
    /// time in UTC where the year written is not the one outside them.</summary>
    /// <remarks>1 January 1970 in Amsterdam is 1969 in UTC, and "1970-01-01 is out of range; use a year from 1970"
    /// named the very year written.</remarks>
    public static string OutOfRange(string text, Instant instant)
    {
        var utc = Core.Journal.JournalFormatter.FormatTime(instant);
        return text.StartsWith(utc[..4], StringComparison.Ordinal) ? OutOfRange(text) : $"{text} is {utc} in UTC, out of range; use {Allowed} (in UTC).";
    }
}
