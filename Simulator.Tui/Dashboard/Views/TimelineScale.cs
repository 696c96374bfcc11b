using NodaTime;

namespace Simulator.Tui.Dashboard.Views;

/// <summary>Maps instants to columns of a timeline: whole local days of the display zone, the same width each.</summary>
/// <remarks>
/// Columns follow local days (a daylight-saving day of 23 or 25 hours still gets one day's width), so a job at 02:00
/// lines up under the same day label whatever the season.
/// </remarks>
internal sealed class TimelineScale
{
    /// <summary>The fewest columns a day gets before days are left out of the window.</summary>
    public const int MinColumnsPerDay = 6;

    private readonly DateTimeZone _zone;

    private TimelineScale(DateTimeZone zone, LocalDate firstDay, int days, int columnsPerDay)
    {
        _zone = zone;
        FirstDay = firstDay;
        Days = days;
        ColumnsPerDay = columnsPerDay;
    }

    public LocalDate FirstDay { get; }

    public int Days { get; }

    public int ColumnsPerDay { get; }

    public int Width => Days * ColumnsPerDay;

    /// <summary>The scenario's days if they fit in <paramref name="width"/> columns, else the latest days up to now that do.</summary>
    public static TimelineScale For(DashboardWorld world, int width)
    {
        var zone = world.DisplayZone;
        var first = world.Start.InZone(zone).Date;
        var last = (world.End - Duration.Epsilon).InZone(zone).Date;
        var today = world.Now.InZone(zone).Date;
        var total = Period.Between(first, last, PeriodUnits.Days).Days + 1;
        var fit = Math.Max(1, width / MinColumnsPerDay);
        if (total > fit)
        {
            var lastShown = today < first.PlusDays(fit - 1) ? first.PlusDays(fit - 1) : today;
            first = lastShown.PlusDays(1 - fit);
            total = fit;
        }

        return new TimelineScale(zone, first, total, Math.Max(1, width / total));
    }

    /// <summary>The column of an instant; below 0 or at <see cref="Width"/> and above when it is outside the window.</summary>
    public int ColumnOf(Instant instant)
    {
        var local = instant.InZone(_zone);
        var day = Period.Between(FirstDay, local.Date, PeriodUnits.Days).Days;
        var dayStart = _zone.AtStartOfDay(local.Date).ToInstant();
        var dayEnd = _zone.AtStartOfDay(local.Date.PlusDays(1)).ToInstant();
        var fraction = (instant - dayStart).TotalTicks / (dayEnd - dayStart).TotalTicks;
        return (day * ColumnsPerDay) + (int)(fraction * ColumnsPerDay);
    }

    /// <summary>The day labels across the top, one per day where it fits.</summary>
    public string Axis()
    {
        var axis = new char[Width];
        Array.Fill(axis, ' ');
        for (var d = 0; d < Days; d++)
        {
            var date = FirstDay.PlusDays(d);
            var label = ColumnsPerDay >= 10 ? $"┊{date.DayOfWeek.ToString()[..3]} {date.Month:00}-{date.Day:00}" : ColumnsPerDay >= 6 ? $"┊{date.Month:00}-{date.Day:00}" : "┊";
            label = label.Length > ColumnsPerDay ? label[..ColumnsPerDay] : label;
            label.CopyTo(0, axis, d * ColumnsPerDay, label.Length);
        }

        return new string(axis);
    }
}
