using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.TimeZones;

namespace Simulator.Core.Policies;

/// <summary>Resolves a policy's time zone from a Windows id (as Azure stores it) or an IANA id.</summary>
/// <remarks>Uses the tz database bundled with NodaTime, never the host's, so results do not depend on the machine (D12).</remarks>
public static partial class PolicyTimeZones
{
    private static readonly TzdbDateTimeZoneSource Source = TzdbDateTimeZoneSource.Default;

    // People type "europe/berlin" as readily as "Europe/Berlin"; the tz database's own lookup is case-sensitive.
    private static readonly Dictionary<string, string> IanaIds = Source.CanonicalIdMap.Keys.ToDictionary(id => id, id => id, StringComparer.OrdinalIgnoreCase);

    // Windows, which Azure runs on, finds "pacific standard time" as it finds "Pacific Standard Time"; the mapping's own
    // lookup is case-sensitive, and offered "Pacific Standard Time (Mexico)" for it, another zone.
    private static readonly Dictionary<string, string> WindowsIds = new(Source.WindowsMapping.PrimaryMapping, StringComparer.OrdinalIgnoreCase);

    // Both kinds of id a policy takes: the tz database's (NodaTime's own, never the host's) first, so that of two
    // equally close ids the IANA one is offered, then the Windows ids Azure stores.
    private static readonly string[] KnownIds = [.. DateTimeZoneProviders.Tzdb.Ids, .. Source.WindowsMapping.PrimaryMapping.Keys.Order(StringComparer.Ordinal)];

    public static bool TryResolve(string id, out DateTimeZone zone)
    {
        zone = DateTimeZone.Utc;
        if (string.IsNullOrWhiteSpace(id))
        {
            return false;
        }

        if (string.Equals(id, "UTC", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (WindowsIds.TryGetValue(id, out var ianaId) || IanaIds.TryGetValue(id, out ianaId))
        {
            zone = DateTimeZoneProviders.Tzdb[ianaId];
            return true;
        }

        return false;
    }

    /// <summary>The known zone id a mistyped one was probably meant to be, or null when none is close enough to be a slip.</summary>
    /// <remarks>
    /// The one rule for every reader that tells an unknown zone: a scenario file's, and the validator's for a policy
    /// JSON. A blank id meant nothing in particular (two-letter ids such as GB are as close to it as to any slip).
    /// </remarks>
    /// <returns>What follows "did you mean", its ids quoted: <c>'Europe/Berlin'</c>, or the zones of an abbreviation.</returns>
    public static string? Meant(string id) =>
        string.IsNullOrWhiteSpace(id) ? null
        : id.Trim() is var trimmed && trimmed.Length != id.Length && TryResolve(trimmed, out _) ? $"{Quoted(trimmed)}, without the spaces around it"
        : OffsetShape().Match(id.Trim()) is { Success: true } offset ? Quoted(FixedOffsetZone(offset))
        : ZonesWriting(id.Trim()) is { Count: > 0 } zones ? $"a zone whose abbreviation is {id.Trim().ToUpperInvariant()}: {OneOf(zones)}"
        : Quoted(Spelling.Closest(id, KnownIds));

    private static string? Quoted(string? id) => id is null ? null : $"'{id}'";

    private static string OneOf(IReadOnlyList<string> ids) =>
        ids.Count == 1 ? Quoted(ids[0])! : $"{string.Join(", ", ids.Take(ids.Count - 1).Select(Quoted))} or {Quoted(ids[^1])}";

    /// <summary>The zones whose clocks are told by this abbreviation (PST, AEST, IST), one per Windows zone, in id order.</summary>
    /// <remarks>
    /// An abbreviation is no id: IST is India's, Israel's and Ireland's, and by spelling alone PST, IST, JST and AEST
    /// were all told 'EST', a zone hours away from each. The zones are those Azure's Windows ids stand for, as named
    /// by the abbreviations they use in the years around the simulated ones, read from the bundled tz database (D12).
    /// </remarks>
    private static IReadOnlyList<string> ZonesWriting(string id) =>
        AbbreviationShape().IsMatch(id) && ZonesByAbbreviation.Value[id.ToUpperInvariant()] is var zones ? [.. zones] : [];

    private static readonly Lazy<ILookup<string, string>> ZonesByAbbreviation = new(() =>
    {
        var from = Instant.FromUtc(2025, 1, 1, 0, 0);
        var to = Instant.FromUtc(2028, 1, 1, 0, 0);
        return Source.WindowsMapping.PrimaryMapping.Values
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .SelectMany(zoneId => DateTimeZoneProviders.Tzdb[zoneId].GetZoneIntervals(from, to)
                .Select(interval => interval.Name)
                .Where(name => AbbreviationShape().IsMatch(name))
                .Distinct(StringComparer.Ordinal)
                .Select(name => (Name: name.ToUpperInvariant(), ZoneId: zoneId)))
            .ToLookup(pair => pair.Name, pair => pair.ZoneId, StringComparer.Ordinal);
    });

    [GeneratedRegex("^[A-Za-z]{2,5}$", RegexOptions.CultureInvariant)]
    private static partial Regex AbbreviationShape();

    /// <summary>The tz database's zone of a whole-hour offset ('UTC+1' is Etc/GMT-1, its sign the POSIX way round); null for any other offset (+05:30), which no fixed zone of the database has.</summary>
    /// <remarks>
    /// An offset is no spelling of a zone: 'UTC+1' is closest to the Windows id 'UTC+12', eleven hours away, and '5' to
    /// 'GB'. Only a fixed offset is offered, as that is what was written; a zone with daylight saving is the writer's to choose.
    /// </remarks>
    private static string? FixedOffsetZone(Match offset)
    {
        var hours = int.Parse(offset.Groups["hours"].Value, CultureInfo.InvariantCulture);
        var east = offset.Groups["sign"].Value != "-";
        if (offset.Groups["minutes"] is { Success: true, Value: not "00" })
        {
            return null;
        }

        return (hours, east) switch
        {
            (0, _) => "UTC",
            ( <= 14, true) => $"Etc/GMT-{hours}",
            ( <= 12, false) => $"Etc/GMT+{hours}",
            _ => null,
        };
    }

    [GeneratedRegex(@"^(?:UTC|GMT)?\s*(?<sign>[+-])?\s*(?<hours>[0-9]{1,2})(?::?(?<minutes>[0-9]{2}))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OffsetShape();
}
