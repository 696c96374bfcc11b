using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace Simulator.Core.Journal;

/// <summary>Formats journal events as fixed-column lines: virtual time, item, job, what, state.</summary>
/// <remarks>Culture-invariant and free of anything host-specific, so the same journal gives the same bytes anywhere.</remarks>
public static class JournalFormatter
{
    private static readonly InstantPattern TimePattern = InstantPattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm:ss'Z'");

    public static string Format(DomainEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var item = e.Item is null ? "-" : e.Vault is null ? e.Item : $"{e.Vault}/{e.Item}";
        var job = e.JobId is null ? "-" : e.JobId[..8];
        return string.Create(CultureInfo.InvariantCulture, $"{TimePattern.Format(e.At)}  {item,-34} {job,-8}  {e.What,-22} {e.State}").TrimEnd();
    }

    public static string Format(IEnumerable<DomainEvent> events)
    {
        var text = new StringBuilder();
        foreach (var e in events)
        {
            text.Append(Format(e)).Append('\n');
        }

        return text.ToString();
    }

    public static string FormatTime(Instant instant) => TimePattern.Format(instant);
}
