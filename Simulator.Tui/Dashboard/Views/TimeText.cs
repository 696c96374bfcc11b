using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Simulator.Tui.Dashboard.Views;

/// <summary>How the screen writes times: lists in the scenario's display zone, the header in that zone and in UTC.</summary>
internal static class TimeText
{
    private static readonly LocalDateTimePattern Short = LocalDateTimePattern.CreateWithInvariantCulture("MM'-'dd HH':'mm");
    private static readonly LocalDateTimePattern Full = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm':'ss");
    private static readonly LocalDateTimePattern DayTime = LocalDateTimePattern.CreateWithInvariantCulture("MM'-'dd HH':'mm':'ss");
    private static readonly LocalTimePattern Clock = LocalTimePattern.CreateWithInvariantCulture("HH':'mm':'ss");
    private static readonly LocalTimePattern HoursMinutes = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");

    public static string Local(Instant instant, DateTimeZone zone) => Short.Format(instant.InZone(zone).LocalDateTime);

    public static string Local(Instant? instant, DateTimeZone zone) => instant is { } value ? Local(value, zone) : "—";

    /// <summary>A local time near <paramref name="now"/> as <see cref="Local(Instant, DateTimeZone)"/> writes it, and one
    /// half a year or more away as its date with the year, as <c>ls -l</c> writes an old file's.</summary>
    /// <remarks>
    /// A monthly point's vault copy taken 02-07 and kept a year read "Vault till 02-07 22:00", as if it went the day it
    /// came. Within half a year the year is plain from the clock in the header; beyond it the hour no longer matters.
    /// </remarks>
    public static string LocalNear(Instant instant, Instant now, DateTimeZone zone) =>
        IsNear(instant, now) ? Local(instant, zone) : Date.Format(instant.InZone(zone).Date);

    public static string LocalNear(Instant? instant, Instant now, DateTimeZone zone) => instant is { } value ? LocalNear(value, now, zone) : "—";

    /// <summary>A point's expiry as <see cref="LocalNear(Instant, Instant, DateTimeZone)"/> writes it, but with its year wherever the point's own time, <paramref name="taken"/>, is written with one.</summary>
    /// <remarks>
    /// A monthly point over half a year old, "2026-04-05", kept a year and so under half a year from going, read "Vault
    /// till 04-05 22:00": gone the day it came, again, its year only to be worked out from the header's.
    /// </remarks>
    public static string ExpiryNear(Instant? expiry, Instant taken, Instant now, DateTimeZone zone) =>
        expiry is { } value && !IsNear(taken, now) ? Date.Format(value.InZone(zone).Date) : LocalNear(expiry, now, zone);

    private static bool IsNear(Instant instant, Instant now) => Duration.Max(instant - now, now - instant) < HalfYear;

    private static readonly Duration HalfYear = Duration.FromDays(182);
    private static readonly LocalDatePattern Date = LocalDatePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd");

    /// <summary>The local time of day alone, for a time whose date the text around it already gives.</summary>
    public static string LocalTimeOfDay(Instant instant, DateTimeZone zone) => HoursMinutes.Format(instant.InZone(zone).TimeOfDay);

    /// <summary>A local time in five cells, for a list too narrow for <see cref="Local(Instant, DateTimeZone)"/>: its time
    /// of day on the clock's day (as <see cref="LocalTimeOfDay"/>), else its date (<c>03-01</c>).</summary>
    /// <remarks>
    /// The header gives the clock's date, so a time of day alone reads as that day's; an earlier day's hour would read
    /// as today's, and its date is what tells it apart, as <c>ls -l</c> gives an old file's year in place of its time.
    /// </remarks>
    public static string LocalToday(Instant instant, Instant now, DateTimeZone zone)
    {
        var local = instant.InZone(zone);
        return local.Date == now.InZone(zone).Date ? LocalTimeOfDay(instant, zone) : MonthDay.Format(local.Date);
    }

    private static readonly LocalDatePattern MonthDay = LocalDatePattern.CreateWithInvariantCulture("MM'-'dd");

    /// <summary>What the lists' times are in, for their titles: the zone's abbreviation (UTC, IST) when it keeps one offset from the scenario's start on, else its id (Europe/Berlin).</summary>
    /// <remarks>
    /// The event log is in UTC, as the journal is; the lists are in the scenario's display zone, as the portal is. A
    /// list holds times on both sides of a daylight-saving change (last week's jobs, a point's expiry a month on, the
    /// next runs), so the abbreviation of the moment would mislabel some of them: a "Vault till 04-01 05:44" under
    /// "times CET" is 05:44 CEST, an hour from what the label says (domain.md §2.6, decision D1).
    /// </remarks>
    public static string ListZone(Instant start, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var interval = zone.GetZoneInterval(start);
        return $"times {(interval.HasEnd ? zone.Id : interval.Name)}";
    }

    /// <summary>The header's clock: local date and time with the zone's abbreviation, then the UTC time (with its date when that differs).</summary>
    /// <param name="instant">The time to write.</param>
    /// <param name="zone">The scenario's display zone.</param>
    /// <param name="withYear">False to write the local date as the lists write theirs (<c>03-02</c>), for a line too narrow for the year.</param>
    /// <param name="utcSeconds">False for the UTC time without its seconds, which are the local time's (every zone's offset is whole minutes).</param>
    /// <param name="withUtc">False for the local time alone, for a line that would otherwise cut the scenario's name short.</param>
    public static string Header(Instant instant, DateTimeZone zone, bool withYear = true, bool utcSeconds = true, bool withUtc = true)
    {
        var full = withYear ? Full : DayTime;
        var local = instant.InZone(zone);
        var name = zone.GetZoneInterval(instant).Name;
        var utc = instant.InUtc();
        if (!withUtc)
        {
            return $"{full.Format(local.LocalDateTime)} {name}";
        }

        // A zone whose time is UTC's would say it twice. Near midnight the UTC time falls on another day, whose
        // date it then gives: "2026-12-31 00:00:00 CET (23:00:00 UTC)" read as the 31st's 23:00. At New Year it
        // falls in another year too, whose year it gives: "(12-31 23:30:00 UTC)" beside 2026-01-01 read as 2026's.
        if (local.Offset == Offset.Zero && name == "UTC")
        {
            return $"{full.Format(local.LocalDateTime)} UTC";
        }

        var utcText = utc.Date == local.Date
            ? (utcSeconds ? Clock : HoursMinutes).Format(utc.TimeOfDay)
            : $"{(withYear && utc.Year != local.Year ? ShortWithYear : Short).Format(utc.LocalDateTime)}{(utcSeconds ? $":{utc.Second:D2}" : string.Empty)}";
        return $"{full.Format(local.LocalDateTime)} {name} ({utcText} UTC)";
    }

    private static readonly LocalDateTimePattern ShortWithYear = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm");

    /// <summary>A duration in at most two units: 1d04h, 3h05m, 12m30s, 45s.</summary>
    /// <param name="duration">The duration; a negative one reads as none.</param>
    /// <param name="inText">
    /// True for a duration a sentence states (2h, 1h30m), whose second unit is dropped when it is zero; a list's
    /// column keeps it (2h00m), so its values stay as wide as they tick.
    /// </param>
    public static string Span(Duration duration, bool inText = false)
    {
        if (duration < Duration.Zero)
        {
            duration = Duration.Zero;
        }

        // Seconds are the last unit: below a minute there is no second one to keep.
        var (first, firstUnit, second, secondUnit) = duration switch
        {
            _ when duration.Days > 0 => (duration.Days, "d", duration.Hours, "h"),
            _ when duration.Hours > 0 => (duration.Hours, "h", duration.Minutes, "m"),
            _ when duration.Minutes > 0 => (duration.Minutes, "m", duration.Seconds, "s"),
            _ => (duration.Seconds, "s", 0, null),
        };

        var invariant = CultureInfo.InvariantCulture;
        return secondUnit is null || (inText && second == 0)
            ? string.Create(invariant, $"{first}{firstUnit}")
            : string.Create(invariant, $"{first}{firstUnit}{second:00}{secondUnit}");
    }
}
