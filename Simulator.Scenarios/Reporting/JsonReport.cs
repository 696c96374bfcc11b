using System.Text.Json;
using Simulator.Core.Journal;
using Simulator.Scenarios.Running;

namespace Simulator.Scenarios.Reporting;

/// <summary>Writes replay results as JSON, for tools.</summary>
/// <remarks>Files that could not be loaded are listed apart, under <c>invalidScenarios</c>, so every entry of <c>scenarios</c> has the same fields.</remarks>
public static class JsonReport
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static void Write(IReadOnlyList<ScenarioResult> results, IReadOnlyList<InvalidScenario> invalid, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(invalid);
        ArgumentNullException.ThrowIfNull(writer);
        var report = new
        {
            passed = results.Count(r => r.Passed),
            failed = results.Count(r => !r.Passed),
            invalid = invalid.Count,
            scenarios = results.Select(r => new
            {
                r.Name,
                r.File,
                r.Seed,
                r.FileSeed,
                Start = JournalFormatter.FormatTime(r.Start),
                StoppedAt = JournalFormatter.FormatTime(r.StoppedAt),
                r.Passed,
                r.EventsProcessed,
                Replay = ReplayCommand.For(r),
                Checks = r.Outcomes.Select(o => new
                {
                    Location = o.Location.ToString(),
                    Name = o.StatedName,
                    o.Subject,
                    o.Expected,
                    o.Actual,
                    At = JournalFormatter.FormatTime(o.At),
                    o.Passed,
                }),
            }),
            invalidScenarios = invalid.Select(i => new
            {
                i.File,
                Errors = i.Errors.Select(e => new
                {
                    Location = $"{e.File}:{e.Line}:{e.Column}",
                    e.Field,
                    e.Message,
                }),
            }),
        };
        writer.Write(JsonSerializer.Serialize(report, Options).ReplaceLineEndings("\n"));
        writer.Write('\n');
    }
}
