using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;

namespace Simulator.Scenarios.Yaml;

/// <summary>The time and duration notations of scenario files.</summary>
/// <remarks>
/// Durations are written <c>3d</c>, <c>2h30m</c>, <c>90s</c>. Times are ISO 8601 with an offset
/// (<c>2026-01-15T09:30:00+01:00</c>, or <c>Z</c>), or a local time without one, read in the scenario's display
/// zone; a local time that daylight saving skips or repeats there is refused rather than guessed. A bare date
/// (<c>2026-12-31</c>) is the start of that day in the same zone: the one rule for every place that reads a time
/// (scenario files, the dashboard's prompts, the command line's options).
/// </remarks>
public static partial class ScenarioTime
{
    public static readonly Duration MaxDuration = Duration.FromDays(366 * 100);

    private static readonly OffsetDateTimePattern WithOffset = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm;FFFFFFFFFo<G>");
    private static readonly OffsetDateTimePattern WithOffsetAndSeconds = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<G>");
    private static readonly OffsetPattern UtcOffset = OffsetPattern.CreateWithInvariantCulture("+HH:mm");
    private static readonly LocalDateTimePattern Local = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm");
    private static readonly LocalDateTimePattern LocalWithSeconds = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFF");

    /// <summary>Reads a duration (<c>3d</c>, <c>2h30m</c>, <c>90s</c>) of at most <see cref="MaxDuration"/>.</summary>
    /// <param name="text">The duration as written.</param>
    /// <param name="duration">The duration read; <see cref="Duration.MaxValue"/> when it is written well but longer than
    /// <see cref="MaxDuration"/>, so that a field of a shorter range can tell its own range instead.</param>
    /// <param name="error">Why it can't be read; empty when it can.</param>
    public static bool TryParseDuration(string text, out Duration duration, out string error)
    {
        duration = Duration.Zero;
        var trimmed = text.Trim();
        if (trimmed.Length > 0 && trimmed != text && DurationRegex().IsMatch(trimmed))
        {
            // Refused as a time or a whole number with space around it is: told, rather than read as something else.
            error = YamlCursor.BlankSpaceAround(text, trimmed);
            return false;
        }

        var match = DurationRegex().Match(text);

        // Every part is optional, so a lone '+' matches too: it has no amount, and is no more a zero than a blank is.
        if (!match.Success || !(match.Groups["d"].Success || match.Groups["h"].Success || match.Groups["m"].Success || match.Groups["s"].Success))
        {
            // An offset ('at: +1d', --until +1d) is shown its own form, a duration ('duration: 7d') its own.
            error = CalendarUnit(text) ?? UpperCaseUnits(text) ?? (text.TrimStart().StartsWith('+')
                ? $"'{YamlCursor.Shorten(text)}' is not a duration; write it like +3d, +2h30m or +90s."
                : $"'{YamlCursor.Shorten(text)}' is not a duration; write it like 3d, 2h30m or 90s.");
            return false;
        }

        decimal total = 0;
        foreach (var (group, seconds) in new[] { ("d", 86400m), ("h", 3600m), ("m", 60m), ("s", 1m) })
        {
            if (match.Groups[group].Success)
            {
                if (!decimal.TryParse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount > 1_000_000_000m)
                {
                    error = $"'{YamlCursor.Shorten(text)}' is too long; the longest duration is {MaxDuration.Days} days.";
                    duration = Duration.MaxValue;
                    return false;
                }

                total += amount * seconds;
            }
        }

        if (total > (decimal)MaxDuration.TotalSeconds)
        {
            error = $"'{YamlCursor.Shorten(text)}' is too long; the longest duration is {MaxDuration.Days} days.";
            duration = Duration.MaxValue;
            return false;
        }

        duration = Duration.FromSeconds((long)total);
        if (Overflowing(match) is { } overflow)
        {
            var sign = text.StartsWith('+') ? "+" : string.Empty;
            error = $"'{YamlCursor.Shorten(text)}': {overflow}; write {sign}{Format(duration)} if that is what is meant.";
            duration = Duration.Zero;
            return false;
        }

        error = string.Empty;
        return true;
    }

    /// <summary>Why a duration whose units are capitals (<c>1D</c>, <c>2H30S</c>) is none, with the same written right; null for any other text.</summary>
    /// <remarks>
    /// Words are read in any case elsewhere, but units are lower case only. A capital M is left to the general message:
    /// it may be a month, which 'm' (minutes) would then silently not be.
    /// </remarks>
    private static string? UpperCaseUnits(string text)
    {
        var lower = text.ToLowerInvariant();
        return lower != text && !text.Contains('M', StringComparison.Ordinal) && DurationRegex().Match(lower) is { Success: true } match && (match.Groups["d"].Success || match.Groups["h"].Success || match.Groups["m"].Success || match.Groups["s"].Success)
            ? $"'{YamlCursor.Shorten(text)}' is not a duration: its units are written in lower case (d, h, m, s); write {lower}."
            : null;
    }

    /// <summary>Why a duration in weeks, months or years (<c>2w</c>, <c>6mo</c>, <c>2y</c>) is none, with the days to
    /// write; null for any other text.</summary>
    /// <remarks>A week is 7 days, so its days are exact; a month's or a year's are not, and a calendar date says what a
    /// trainer counting months or years means.</remarks>
    private static string? CalendarUnit(string text)
    {
        var match = CalendarUnitRegex().Match(text);
        if (!match.Success || !int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount > 100_000)
        {
            return null;
        }

        var sign = match.Groups["plus"].Value;
        var unit = match.Groups["unit"].Value.ToLowerInvariant();
        var shown = YamlCursor.Shorten(text);
        if (unit.StartsWith('w'))
        {
            return $"'{shown}' is not a duration: weeks are not among its units (d, h, m, s); write {sign}{amount * 7}d.";
        }

        var (name, days) = unit.StartsWith('y') ? ("years", amount * 365m) : ("months", amount * 30.44m);
        return $"'{shown}' is not a duration: {name} are not among its units (d, h, m, s), as their days differ; write about {sign}{decimal.Round(days, MidpointRounding.AwayFromZero)}d, or give the date itself (end: for a scenario's end).";
    }

    /// <summary>Why a part after a larger one is out of its range (<c>1h60m</c>, <c>1d24h</c>); null when none is.</summary>
    /// <remarks>Read as the sum, 1h60m would be 2h; more likely a slip for 1h06m or 1h50m, which the run would not show
    /// until a step ran at the wrong time. A first part may be as large as it likes: 90m and 36h are clear.</remarks>
    private static string? Overflowing(Match match)
    {
        var larger = false;
        foreach (var (group, limit, whole, name) in new[] { ("d", 0, "", ""), ("h", 24, "a day", "days"), ("m", 60, "an hour", "hours"), ("s", 60, "a minute", "minutes") })
        {
            if (!match.Groups[group].Success)
            {
                continue;
            }

            if (larger && decimal.Parse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture) >= limit)
            {
                return $"{match.Groups[group].Value}{group} is {whole} or more, which goes in the {name}; after them, {group} runs 0 to {limit - 1}";
            }

            larger = true;
        }

        return null;
    }

    /// <summary>Reads a time: ISO 8601 with an offset, or a local time or a date (its 00:00) in <paramref name="displayZone"/>.</summary>
    /// <param name="text">The time as written.</param>
    /// <param name="displayZone">Where a time or a date without an offset is read: the scenario's zone, or UTC where a place has none.</param>
    /// <param name="instant">The time read, when it is one.</param>
    /// <param name="error">Why it is not, naming the forms that are.</param>
    public static bool TryParseInstant(string text, DateTimeZone displayZone, out Instant instant, out string error)
    {
        var trimmed = text.Trim();
        // An offset from the start ('+1d') is read before a time is, by its '+': one with space before it came here.
        if (trimmed.Length > 0 && trimmed != text
            && (TryRead(trimmed, displayZone, out _, out var within) || within is not null || (trimmed.StartsWith('+') && TryParseDuration(trimmed, out _, out _))))
        {
            // Written alone, it would be a time (or one told its own mistake): refused as a duration or a number with
            // space around it is, rather than as no time at all.
            instant = default;
            error = YamlCursor.BlankSpaceAround(text, trimmed);
            return false;
        }

        if (TryRead(text, displayZone, out instant, out var problem))
        {
            error = string.Empty;
            return true;
        }

        // The examples fall in mid-January, weeks from any daylight saving change of either hemisphere: an example on a
        // day clocks change (2026-03-29 in Europe) names a time that is skipped, or repeated, where the reader is.
        // A prompt emptied before Enter is told as nothing typed, not as "'' is not a time".
        var found = string.IsNullOrWhiteSpace(text) ? "no time was given" : $"'{YamlCursor.Shorten(text)}' is not a time";
        error = problem ?? $"{found}; write ISO 8601 like 2026-01-15T09:30:00+01:00, a time in {displayZone.Id} like 2026-01-15T09:00, or a date like 2026-01-15 (00:00 there).";
        return false;
    }

    /// <summary>The UTC offsets places use run from -12:00 (Baker Island) to +14:00 (Kiribati's Line Islands).</summary>
    private static readonly (Offset West, Offset East) Offsets = (Offset.FromHours(-12), Offset.FromHours(14));

    /// <summary>Whether the offset is one a place uses; NodaTime reads up to ±18:00, as ISO 8601 allows, and a slip such as +15:00 moved the time by hours.</summary>
    private static bool RealOffset(Offset offset, string text, out string? error)
    {
        error = offset >= Offsets.West && offset <= Offsets.East
            ? null
            : $"'{YamlCursor.Shorten(text)}' has a UTC offset no place uses (they run from -12:00 to +14:00); write the offset meant.";
        return error is null;
    }

    /// <summary>Reads a time written in one of its forms.</summary>
    /// <param name="error">Why a text written in a time's form is none (skipped by daylight saving, out of range, a
    /// day its month lacks); null when it is in no time's form at all.</param>
    private static bool TryRead(string text, DateTimeZone displayZone, out Instant instant, out string? error)
    {
        instant = default;
        error = null;
        foreach (var pattern in new[] { WithOffsetAndSeconds, WithOffset })
        {
            if (pattern.Parse(text) is { Success: true } parsed)
            {
                instant = parsed.Value.ToInstant();
                return WholeSecond(parsed.Value.NanosecondOfSecond, text, out error) && RealOffset(parsed.Value.Offset, text, out error) && InRange(instant, text, out error);
            }
        }

        foreach (var pattern in new[] { LocalWithSeconds, Local })
        {
            if (pattern.Parse(text) is not { Success: true } local)
            {
                continue;
            }

            if (!WholeSecond(local.Value.NanosecondOfSecond, text, out error))
            {
                return false;
            }

            var mapping = displayZone.MapLocal(local.Value);
            switch (mapping.Count)
            {
                case 1:
                    instant = mapping.Single().ToInstant();
                    return InRange(instant, text, out error);
                // The UTC offset is shown written on the time itself, so that it can't be read as an offset from the
                // start ('at: +3d'), which the same message may go on to offer.
                case 0:
                    error = $"{text} does not exist in {displayZone.Id}: daylight saving skips it. Write it with a UTC offset, like {text}{UtcOffset.Format(mapping.EarlyInterval.WallOffset)}, or a time outside the gap.";
                    return false;
                default:
                    error = $"{text} happens twice in {displayZone.Id} when daylight saving ends. Write it with a UTC offset to say which: {text}{UtcOffset.Format(mapping.EarlyInterval.WallOffset)} is the first, {text}{UtcOffset.Format(mapping.LateInterval.WallOffset)} the second.";
                    return false;
            }
        }

        if (LocalDatePattern.Iso.Parse(text) is { Success: true } date)
        {
            // A date is the day's 00:00, as a date picker (the portal's "Retain Backup Till") or the Azure CLI's d-m-Y
            // date means it. Where daylight saving skips midnight (America/Santiago in September) the day starts at the
            // end of the gap: a date names a day that always exists, so it is never refused as a local time can be.
            instant = displayZone.AtStartOfDay(date.Value).ToInstant();
            return InRange(instant, text, out error);
        }

        error = DateMistake(text, displayZone) ?? Unjoined(text, displayZone) ?? DayFirst(text) ?? ZoneWritten(text, displayZone);
        return false;
    }

    /// <summary>Why a date and time joined by a space or a lower-case 't' (YAML's and SQL's <c>2026-01-15 09:00:00</c>,
    /// RFC 3339's <c>2026-01-15t09:00:00z</c>) is none, with the time as it is written here; null for any other text.</summary>
    private static string? Unjoined(string text, DateTimeZone displayZone)
    {
        var match = UnjoinedRegex().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var joined = $"{match.Groups["date"].Value}T{match.Groups["time"].Value}{match.Groups["offset"].Value.ToUpperInvariant()}";
        // A fraction of a second is told once the time is joined, as it would be when written so.
        return TryRead(joined, displayZone, out _, out _) || HasFraction(joined)
            ? $"'{YamlCursor.Shorten(text)}': a date and its time are joined by a capital T, as ISO 8601 writes them, with no space before an offset; write {joined}."
            : null;
    }

    /// <summary>Why a time whose zone is written another way (<c>+0100</c>, <c> UTC</c>, <c> CET</c>) is none, with the
    /// time as it is written here; null for any other text.</summary>
    /// <remarks>A zone's name is no offset: CET is also what Europe's clocks are not in summer, so the offset the
    /// display zone has at that time is shown, and the time without one, which is read there.</remarks>
    private static string? ZoneWritten(string text, DateTimeZone displayZone)
    {
        var match = ZoneWrittenRegex().Match(text);
        var time = match.Groups["time"].Value;
        var read = LocalWithSeconds.Parse(time) is { Success: true } withSeconds ? withSeconds : Local.Parse(time);
        if (!match.Success || !read.Success)
        {
            return null;
        }

        var shown = YamlCursor.Shorten(text);
        if (match.Groups["hours"].Success)
        {
            return $"'{shown}': an offset is written with a colon here; write {time}{match.Groups["sign"].Value}{match.Groups["hours"].Value}:{match.Groups["minutes"].Value}.";
        }

        if (match.Groups["utc"].Success)
        {
            return $"'{shown}': UTC is written Z; write {time}Z.";
        }

        var offset = displayZone.MapLocal(read.Value).EarlyInterval.WallOffset;
        return $"'{shown}': a time takes an offset, not a zone's name; write it with its offset, like {time}{UtcOffset.Format(offset)}, or alone, {time}, to read it in {displayZone.Id}.";
    }

    /// <summary>Why a date written day first (<c>30-03-2026</c>), as the Azure CLI's <c>--retain-until</c> takes one, is
    /// none, with the same day as it is written here; null for any other text, and for a day no month has.</summary>
    /// <remarks>Read as d-m-Y, the CLI's order, never m-d-Y: a trainer who writes it so has the CLI in mind.</remarks>
    private static string? DayFirst(string text) =>
        DayFirstRegex().Match(text) is { Success: true } match
        && LocalDatePattern.Iso.Parse($"{match.Groups["y"].Value}-{match.Groups["m"].Value.PadLeft(2, '0')}-{match.Groups["d"].Value.PadLeft(2, '0')}") is { Success: true } date
            ? $"'{YamlCursor.Shorten(text)}' is written day first, as the Azure CLI's --retain-until takes a date; write it year first, as ISO 8601 does: {LocalDatePattern.Iso.Format(date.Value)}."
            : null;

    /// <summary>The other way to name a time where an offset is taken too, which a time that is not one may have been meant as.</summary>
    /// <param name="text">What was given.</param>
    /// <param name="origin">What an offset counts from: "the scenario's start", "the previous step".</param>
    /// <param name="error">Why <paramref name="text"/> is no time: none follows a time only written with blank space
    /// around it, or to a fraction of a second, which was no offset mistyped.</param>
    /// <returns>A sentence to follow the refusal, with its leading space; or nothing.</returns>
    /// <remarks>An offset back ('-3d') would name a time before what it counts from, which is never what is meant: the
    /// same sentence on the command line and in a scenario file, so the two teach the one notation.</remarks>
    public static string OffsetHint(string text, string origin, string error) =>
        error == YamlCursor.BlankSpaceAround(text, text.Trim()) || error == FractionRefused(text) ? string.Empty
        : text.StartsWith('-') && TryParseDuration("+" + text[1..], out _, out _)
            ? $" A time counted from {origin} goes forward only: +3d is three days after it."
            : $" A time counted from {origin} also works: +3d is three days after it.";

    /// <summary>Why a text shaped as a date, or as a time on a date, is none: a day its month lacks, or an offset on a bare date.</summary>
    /// <remarks>The generic refusal would tell a person who wrote the right form to write that form.</remarks>
    private static string? DateMistake(string text, DateTimeZone displayZone)
    {
        var match = DateShapeRegex().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var (year, month, day) = (Number(match.Groups["y"]), Number(match.Groups["m"]), Number(match.Groups["d"]));
        if (month is < 1 or > 12)
        {
            return $"'{YamlCursor.Shorten(text)}' is not a date: a year has 12 months; give a month from 01 to 12.";
        }

        var days = CalendarSystem.Iso.GetDaysInMonth(year, month);
        if (day < 1 || day > days)
        {
            var name = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
            return $"'{YamlCursor.Shorten(text)}' is not a date: {name} {year} has {days} days; give a day from 01 to {days}.";
        }

        return match.Groups["offset"].Success
            ? $"'{YamlCursor.Shorten(text)}': a date takes no offset, as it is read in {displayZone.Id}; write {match.Groups["date"].Value} alone, or a time with its offset like {match.Groups["date"].Value}T00:00{match.Groups["offset"].Value}."
            : null;

        static int Number(Group group) => int.Parse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    public static string Format(Duration duration)
    {
        var parts = new List<string>();
        if (duration.Days > 0)
        {
            parts.Add($"{duration.Days}d");
        }

        if (duration.Hours > 0)
        {
            parts.Add($"{duration.Hours}h");
        }

        if (duration.Minutes > 0)
        {
            parts.Add($"{duration.Minutes}m");
        }

        if (duration.Seconds > 0 || parts.Count == 0)
        {
            parts.Add($"{duration.Seconds}s");
        }

        return string.Concat(parts);
    }

    /// <summary>True for a time the simulator takes (<see cref="SimulatedYears"/>), with the reason when it is not.</summary>
    public static bool InRange(Instant instant, string text, out string error)
    {
        var ok = SimulatedYears.Contain(instant);
        error = ok ? string.Empty : SimulatedYears.OutOfRange(text, instant);
        return ok;
    }

    // [0-9], not \d, here and below: \d also takes other scripts' digits (２０２６, typed with a full-width keyboard),
    // which the invariant number parsing after the match refuses; a date threw, a duration was called too long.
    [GeneratedRegex(@"^(?<date>(?<y>[0-9]{4})-(?<m>[0-9]{2})-(?<d>[0-9]{2}))(?:(?<offset>Z|[+-][0-9]{2}(?::?[0-9]{2})?)$|T|$)", RegexOptions.CultureInvariant)]
    private static partial Regex DateShapeRegex();

    [GeneratedRegex(@"^(?<date>[0-9]{4}-[0-9]{2}-[0-9]{2})(?: +|t)(?<time>[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?)(?: *(?<offset>[Zz]|[+-][0-9]{2}:[0-9]{2}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex UnjoinedRegex();

    [GeneratedRegex(@"^(?<plus>\+?)(?<n>[0-9]{1,9}) ?(?<unit>w|wk|weeks?|mo|mon|months?|y|yr|years?)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CalendarUnitRegex();

    [GeneratedRegex(@"^(?<time>[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2})?)(?:(?<sign>[+-])(?<hours>[0-9]{2})(?<minutes>[0-9]{2})|\s*(?<utc>UTC|GMT)|\s*(?<name>[A-Za-z][A-Za-z_/+-]*))$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ZoneWrittenRegex();

    [GeneratedRegex(@"^(?<d>[0-9]{1,2})-(?<m>[0-9]{1,2})-(?<y>[0-9]{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirstRegex();

    [GeneratedRegex(@"^\+?(?:(?<d>[0-9]+)d)?(?:(?<h>[0-9]+)h)?(?:(?<m>[0-9]+)m)?(?:(?<s>[0-9]+)s)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DurationRegex();
}
