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
    public static string Render(BackupPolicy policy, IReadOnlyList<PreviewRow> rows)
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
            json.WriteStartArray("runs");
            foreach (var row in rows)
            {
                json.WriteStartObject();
                json.WriteString("runUtc", InstantPattern.ExtendedIso.Format(row.At));
                json.WriteString("local", LocalDateTimePattern.ExtendedIso.Format(row.Local));
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
