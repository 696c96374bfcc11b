using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Simulator.Core.Policies;

namespace Simulator.Tui.Cli;

/// <summary>A policy preview as JSON, for scripts.</summary>
internal static class PreviewJson
{
    // The wall time with its offset, as the table shows it: without one, the hour that daylight saving repeats reads
    // the same twice, and a script could not place a run on the timeline. Written "+00:00" in a zone at UTC's offset
    // too, as the table writes it, rather than ISO's "Z", so that every run's field has one shape.
    private static readonly OffsetDateTimePattern Local = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<+HH:mm>");

    // A zone's local mean time, before it took a rounder offset (Monrovia's -00:44:30 until 1972), keeps its seconds:
    // cut to minutes, the local time would name another instant than runUtc.
    private static readonly OffsetDateTimePattern LocalToTheSecond = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<+HH:mm:ss>");

    /// <param name="savedAgain">When a scenario saves the policy again after the first run listed, which the runs do not follow.</param>
    /// <param name="latestStart">How late after its run a job may start (decision D6), which moves its point's expiries as much; the table says so in a note.</param>
    public static string Render(BackupPolicy policy, IReadOnlyList<PreviewRow> rows, IReadOnlyList<Instant> savedAgain, Duration latestStart)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("policy", policy.Name);
            json.WriteString("kind", policy.Kind.ToString());
            json.WriteString("timeZone", policy.TimeZoneId);
            json.WriteString("dstMode", policy.DstMode.ToString());
            json.WriteString("savedAt", InstantPattern.ExtendedIso.Format(policy.SavedAt));
            json.WriteStartArray("savedAgainAt");
            foreach (var at in savedAgain)
            {
                json.WriteStringValue(InstantPattern.ExtendedIso.Format(at));
            }

            json.WriteEndArray();
            json.WriteNumber("startDelayUpToSeconds", (long)latestStart.TotalSeconds);
            json.WriteStartArray("runs");
            foreach (var row in rows)
            {
                json.WriteStartObject();
                json.WriteString("runUtc", InstantPattern.ExtendedIso.Format(row.At));
                json.WriteString("local", (row.LocalOffset.Seconds % 60 == 0 ? Local : LocalToTheSecond).Format(row.Local.WithOffset(row.LocalOffset)));
                json.WriteString("configured", LocalDateTimePattern.ExtendedIso.Format(row.Configured));
                json.WriteBoolean("isShifted", row.IsShifted);
                json.WriteBoolean("toVault", row.ToVault);
                json.WriteString("tag", row.Tag.ToString());
                WriteInstant(json, "vaultExpiryUtc", row.VaultExpiry);
                WriteInstant(json, "snapshotExpiryUtc", row.SnapshotExpiry);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()).ReplaceLineEndings("\n") + "\n";
    }

    private static void WriteInstant(Utf8JsonWriter json, string name, Instant? value)
    {
        if (value is { } instant)
        {
            json.WriteString(name, InstantPattern.ExtendedIso.Format(instant));
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
