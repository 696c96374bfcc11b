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

    /// <summary>The event as a line whose vault/item column is <see cref="JournalColumns.MinItemWidth"/> wide; a longer
    /// name is written whole and pushes the rest of its line.</summary>
    public static string Format(DomainEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return Line(e, ItemText(e.Vault, e.Item).PadRight(JournalColumns.MinItemWidth));
    }

    /// <summary>The event as a line in <paramref name="columns"/>, which are the same for every line of a journal.</summary>
    public static string Format(DomainEvent e, JournalColumns columns)
    {
        ArgumentNullException.ThrowIfNull(e);
        return Line(e, columns.Fit(ItemText(e.Vault, e.Item)));
    }

    /// <summary>The vault/item column's text for an event about <paramref name="item"/> in <paramref name="vault"/>:
    /// <c>vault/item</c>, the item alone when no vault is concerned, <c>-</c> when no item is.</summary>
    public static string ItemText(string? vault, string? item) => item is null ? "-" : vault is null ? item : $"{vault}/{item}";

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

    private static string Line(DomainEvent e, string item)
    {
        var job = e.JobId is null ? "-" : e.JobId[..8];
        return string.Create(CultureInfo.InvariantCulture, $"{TimePattern.Format(e.At)}  {item} {job,-8}  {e.What,-22} {e.State}").TrimEnd();
    }
}
