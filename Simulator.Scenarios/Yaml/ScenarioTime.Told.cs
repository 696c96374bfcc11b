using NodaTime;
using NodaTime.Text;

namespace Simulator.Scenarios.Yaml;

public static partial class ScenarioTime
{
    private static readonly OffsetDateTimePattern ToldLocal = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<+HH:mm>");

    /// <summary>A time as a message about a scenario tells it: in the scenario's zone, with its offset, then in UTC as
    /// the journal writes it; UTC alone where the zone is at UTC's offset then.</summary>
    /// <remarks>
    /// A file in a display zone writes its times there; UTC alone told a step written at 09:00 in Berlin as 08:00, and
    /// the scenario's end an hour from the time the reader had in mind. UTC beside it is the journal's time, which
    /// <c>vaultsim show</c> prints.
    /// </remarks>
    public static string Told(Instant instant, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var utc = Core.Journal.JournalFormatter.FormatTime(instant);
        var local = instant.InZone(zone).ToOffsetDateTime();
        return local.Offset == Offset.Zero ? utc : $"{ToldLocal.Format(local)} ({utc})";
    }
}
