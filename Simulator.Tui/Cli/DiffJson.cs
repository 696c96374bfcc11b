using System.Text.Encodings.Web;
using System.Text.Json;
using Simulator.Core.Journal;
using Simulator.Store.Reading;
using Simulator.Tui.Cli.Reports;

namespace Simulator.Tui.Cli;

/// <summary><c>vaultsim diff A B --output json</c>: the runs compared, and each item that differs with its lines keyed by what differs.</summary>
/// <remarks>
/// The same findings as the table, in the same words (<c>"jobs": "Completed 6 -> 1, Failed 0 -> 5"</c>), so that a
/// script can tell which items differ and in what without parsing columns; the exit code is the table's.
/// </remarks>
internal static class DiffJson
{
    public static void Write(TextWriter output, (RunReader Run, string Path) a, (RunReader Run, string Path) b, int items, IReadOnlyList<(string Name, List<DiffLine> Lines)> differing, (double A, double B) storage)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            Run(json, "a", a.Run, a.Path);
            Run(json, "b", b.Run, b.Path);
            json.WriteBoolean("identical", differing.Count == 0);
            json.WriteNumber("items", items);
            json.WriteStartArray("differing");
            foreach (var (name, lines) in differing)
            {
                json.WriteStartObject();
                json.WriteString("item", name);
                lines.ForEach(line => json.WriteString(line.Key, line.Value));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("storageGb");
            json.WriteNumber("a", ReportValues.Number(storage.A));
            json.WriteNumber("b", ReportValues.Number(storage.B));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        output.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        output.Write('\n');
    }

    private static void Run(Utf8JsonWriter json, string key, RunReader run, string path)
    {
        var s = run.Summary;
        json.WriteStartObject(key);
        json.WriteString("file", path);
        json.WriteString("scenario", s.ScenarioName);
        json.WriteNumber("seed", s.Seed);
        json.WriteString("start", JournalFormatter.FormatTime(s.Start));
        json.WriteString("reached", JournalFormatter.FormatTime(s.Reached));
        json.WriteString("status", !s.IsComplete ? "incomplete" : s.IsStoppedEarly ? "stoppedByUntil" : "complete");
        json.WriteEndObject();
    }
}
