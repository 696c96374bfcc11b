using NodaTime;
using NodaTime.TimeZones;
using Simulator.Scenarios.Yaml;

namespace Simulator.Scenarios.Parsing;

/// <summary>What a scenario file is told when a time zone id it gives (displayTimeZone, a policy's timeZone) is unknown.</summary>
internal static class ZoneIds
{
    // Both kinds of id the simulator accepts: the tz database's (NodaTime's own, never the host's) first, so that of
    // two equally close ids the IANA one is offered, then the Windows ids Azure stores.
    private static readonly string[] Known =
        [.. DateTimeZoneProviders.Tzdb.Ids, .. TzdbDateTimeZoneSource.Default.WindowsMapping.PrimaryMapping.Keys.Order(StringComparer.Ordinal)];

    public static string Unknown(string zoneId) =>
        $"'{YamlCursor.Shorten(zoneId)}' is not a known time zone; use an IANA id like Europe/Berlin or a Windows id like W. Europe Standard Time."
        + (Spelling.Closest(zoneId, Known) is { } meant ? $" Did you mean '{meant}'?" : string.Empty);
}
