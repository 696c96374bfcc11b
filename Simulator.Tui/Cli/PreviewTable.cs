using System.Text;
using NodaTime;
using NodaTime.Text;
using Simulator.Core.Policies;
using Simulator.Scenarios.Yaml;

namespace Simulator.Tui.Cli;

/// <summary>A policy preview as aligned plain text: one line per run.</summary>
internal static class PreviewTable
{
    private static readonly InstantPattern Utc = InstantPattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm'Z'");
    private static readonly LocalDateTimePattern Local = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm");
    private static readonly OffsetPattern Offset = OffsetPattern.CreateWithInvariantCulture("+HH:mm");

    // Seconds only where a zone's local mean time has them (Monrovia's -00:44:30 until 1972), so that its runs read
    // at the instants they are, and every other table keeps its minutes.
    private static readonly InstantPattern UtcToTheSecond = InstantPattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm:ss'Z'");
    private static readonly OffsetPattern OffsetToTheSecond = OffsetPattern.CreateWithInvariantCulture("+HH:mm:ss");
    private static readonly LocalTimePattern Time = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    /// <param name="savedAgain">When a scenario saves the policy again after the first run listed: the rows do not
    /// follow those saves (a retention changed then applies to the points already taken too, domain.md §2.7), so the
    /// first is named, with the --from that lists the policy as saved then.</param>
    /// <param name="latestStart">How late its jobs may start (decision D6). The rows count expiries from each run's
    /// time, and a point's count from its job's start, so the table says by how much a point's may differ.</param>
    public static string Render(BackupPolicy policy, IReadOnlyList<PreviewRow> rows, IReadOnlyList<Instant> savedAgain, Duration latestStart)
    {
        var text = new StringBuilder();
        text.Append($"Policy '{policy.Name}': {PolicySummary.Describe(policy)}\n");
        text.Append($"Time zone {policy.TimeZoneId} ({policy.TimeZone.Id}), DST mode {policy.DstMode}, saved {UtcText(policy.SavedAt)}\n");
        if (savedAgain.Count > 0)
        {
            var more = savedAgain.Count switch { 1 => string.Empty, 2 => " (then once more)", _ => $" (then {savedAgain.Count - 1} more times)" };
            text.Append($"Saved again by the scenario at {UtcText(savedAgain[0])}{more}; listed as saved above: --from {InstantPattern.General.Format(savedAgain[0])} lists it as saved then\n");
        }

        text.Append('\n');
        string[] header = ["#", "Run (UTC)", "Local", "DST", "Vault", "Tag", "Vault expiry (UTC)", "Snapshot expiry (UTC)"];
        var table = new List<string[]> { header };
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            table.Add(
            [
                (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                UtcText(row.At),
                $"{Local.Format(row.Local)} {(row.LocalOffset.Seconds % 60 == 0 ? Offset : OffsetToTheSecond).Format(row.LocalOffset)}",
                row.IsShifted ? $"shifted (set {Time.Format(row.Configured.TimeOfDay)})" : "-",
                row.ToVault ? "yes" : "no",
                row.Tag.ToString(),
                row.VaultExpiry is { } vault ? UtcText(vault) : "-",
                row.SnapshotExpiry is { } snapshot ? UtcText(snapshot) : "-",
            ]);
        }

        var widths = Enumerable.Range(0, header.Length).Select(c => table.Max(r => r[c].Length)).ToArray();
        foreach (var cells in table)
        {
            text.Append(string.Join("  ", cells.Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd()).Append('\n');
        }

        if (latestStart > Duration.Zero && rows.Count > 0)
        {
            text.Append($"\nExpiries count from each run's time. A VM's backup starts up to {ScenarioTime.Format(latestStart)} after it (its start delay, D6), and its point expires as much later.\n");
        }

        return text.ToString();
    }

    private static string UtcText(Instant at) => (at.InUtc().Second == 0 ? Utc : UtcToTheSecond).Format(at);
}
