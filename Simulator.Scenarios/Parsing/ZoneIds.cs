using Simulator.Core.Policies;
using Simulator.Scenarios.Yaml;

namespace Simulator.Scenarios.Parsing;

/// <summary>What a scenario file is told when a time zone id it gives (displayTimeZone, a policy's timeZone) is unknown.</summary>
/// <remarks>The id it probably meant is the core's one rule (<see cref="PolicyTimeZones.Meant"/>), which an imported policy JSON is told too.</remarks>
internal static class ZoneIds
{
    public static string Unknown(string zoneId) =>
        $"'{YamlCursor.Shorten(zoneId)}' is not a known time zone; use an IANA id like Europe/Berlin or a Windows id like W. Europe Standard Time."
        + (PolicyTimeZones.Meant(zoneId) is { } meant ? $" Did you mean {meant}?" : string.Empty);
}
