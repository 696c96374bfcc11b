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

    /// <summary>The time column's width: an instant as <see cref="FormatTime"/> writes it.</summary>
    private const int TimeWidth = 20;

    /// <summary>The job column's width: the first characters of a job's name.</summary>
    private const int JobWidth = 8;

    /// <summary>The event as a line whose vault/item column is <see cref="JournalColumns.MinItemWidth"/> wide and what
    /// column <see cref="JournalColumns.MinWhatWidth"/>; a longer text is written whole and pushes the rest of its line.</summary>
    public static string Format(DomainEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return Line(FormatTime(e.At), ItemText(e.Vault, e.Item).PadRight(JournalColumns.MinItemWidth), Job(e), e.What.PadRight(JournalColumns.MinWhatWidth), e.State);
    }

    /// <summary>The event as a line in <paramref name="columns"/>, which are the same for every line of a journal.</summary>
    public static string Format(DomainEvent e, JournalColumns columns)
    {
        ArgumentNullException.ThrowIfNull(e);
        return Line(FormatTime(e.At), columns.FitItem(ItemText(e.Vault, e.Item)), Job(e), columns.FitWhat(e.What), e.State);
    }

    /// <summary>The comment line naming the columns of lines in <paramref name="columns"/>, each label over its column
    /// (the time's after the <c>#</c> that makes the line a comment).</summary>
    public static string Heading(JournalColumns columns) =>
        Line("# time (UTC)".PadRight(TimeWidth), columns.FitItem("vault/item"), "job", columns.FitWhat("what"), "state");

    /// <summary>Where the state starts on a line in <paramref name="columns"/>: the width of the time, vault/item, job and what columns and their gaps.</summary>
    public static int StateColumn(JournalColumns columns) => TimeWidth + 2 + Math.Max(columns.ItemWidth, JournalColumns.MinItemWidth) + 1 + JobWidth + 2
        + Math.Max(columns.WhatWidth, JournalColumns.MinWhatWidth) + 1;

    /// <summary>The vault/item column's text for an event about <paramref name="item"/> in <paramref name="vault"/>:
    /// <c>vault/item</c>, the item alone when no vault is concerned, the vault alone when no item is (its creation, its
    /// settings, its policies), <c>-</c> when neither is (a narration).</summary>
    public static string ItemText(string? vault, string? item) => item is null ? vault ?? "-" : vault is null ? item : $"{vault}/{item}";

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

    private static string Job(DomainEvent e) => e.JobId is null ? "-" : e.JobId[..JobWidth];

    private static string Line(string time, string item, string job, string what, string state) =>
        string.Create(CultureInfo.InvariantCulture, $"{time}  {item} {job,-JobWidth}  {what} {state}").TrimEnd();
}
