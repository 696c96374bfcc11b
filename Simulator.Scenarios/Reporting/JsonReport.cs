using System.Text.Json;
using Simulator.Core.Journal;
using Simulator.Scenarios.Running;

namespace Simulator.Scenarios.Reporting;

/// <summary>Writes replay results as JSON, for tools.</summary>
public static class JsonReport
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static void Write(IReadOnlyList<ScenarioResult> results, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(writer);
        var report = new
        {
            passed = results.Count(r => r.Passed),
            failed = results.Count(r => !r.Passed),
            scenarios = results.Select(r => new
            {
                r.Name,
                r.File,
                r.Seed,
                Start = JournalFormatter.FormatTime(r.Start),
                StoppedAt = JournalFormatter.FormatTime(r.StoppedAt),
                r.Passed,
                r.EventsProcessed,
                Replay = ReplayCommand.For(r),
                Checks = r.Outcomes.Select(o => new
                {
                    Location = o.Location.ToString(),
                    o.Subject,
                    o.Expected,
                    o.Actual,
                    At = JournalFormatter.FormatTime(o.At),
                    o.Passed,
                }),
            }),
        };
        writer.Write(JsonSerializer.Serialize(report, Options).ReplaceLineEndings("\n"));
        writer.Write('\n');
    }
}
