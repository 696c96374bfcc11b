using System.Globalization;
using NodaTime;
using Simulator.Core;
using Simulator.Core.Journal;
using Simulator.Core.RecoveryPoints;

namespace Simulator.Tui.Cli.Reports;

/// <summary>How report cells show times, durations and numbers: the same way in every format, whatever the culture.</summary>
internal static class ReportValues
{
    public static string? Time(Instant? instant) => instant switch
    {
        null => null,
        { } i when i == Instant.MaxValue => "never",
        { } i => JournalFormatter.FormatTime(i),
    };

    /// <summary>When a point's tier expires, as the table and <c>diff</c> say it: its date, or that it is kept whatever the date says, and why.</summary>
    public static string? Expiry(Instant? expiry, KeptReason? keptBy) => keptBy is { } reason ? $"kept ({Words(reason)})" : Time(expiry);

    private static string Words(KeptReason reason) => reason switch
    {
        KeptReason.NewestPoint => "newest point",
        KeptReason.ProtectionStopped => "protection stopped",
        KeptReason.SoftDeleted => "soft-deleted",
        KeptReason.Transferring => "transferring",
        KeptReason.Resuming => "resuming",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "A point is kept past its date only as the newest point, while protection is stopped, resumed or the item soft-deleted, or while its snapshot is copied to the vault."),
    };

    /// <summary>A duration as the Azure CLI prints a job's (Python's timedelta): <c>0:15:33</c>, <c>1 day, 7:02:10</c>.</summary>
    public static string Duration(Duration duration)
    {
        var seconds = (long)Math.Floor(duration.TotalSeconds);
        var days = seconds / 86_400;
        var rest = seconds % 86_400;
        var clock = string.Create(CultureInfo.InvariantCulture, $"{rest / 3600}:{rest / 60 % 60:00}:{rest % 60:00}");
        return days == 0 ? clock : $"{CountText.Of(days, "day")}, {clock}";
    }

    /// <summary>A number as every format shows it: the value the table's and the CSV's text reads as, which JSON writes.</summary>
    /// <remarks>Rounded once, by the text, so that a midpoint such as 4.0375 reads 4.038 in all three (rounding the binary value on its own gives 4.037).</remarks>
    public static double Number(double value) => double.Parse(Text(value), CultureInfo.InvariantCulture);

    public static string Text(object? value) => value switch
    {
        null => string.Empty,
        double d => d.ToString("0.###", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
