using System.Text.Encodings.Web;
using System.Text.Json;
using Simulator.Core.Journal;
using Simulator.Scenarios.Running;

namespace Simulator.Scenarios.Reporting;

/// <summary>Writes replay results as JSON, for tools.</summary>
/// <remarks>
/// Files that could not be loaded are listed apart, under <c>invalidScenarios</c>, so every entry of <c>scenarios</c>
/// has the same fields. A check a run stopped before (<c>--until</c>) is listed among the checks with the same fields,
/// <c>passed</c> null as it neither held nor failed, and nothing found (<c>subject</c>, <c>actual</c>, <c>at</c> null).
/// </remarks>
public static class JsonReport
{
    // Relaxed, as every other JSON vaultsim writes: a check named "step deleteBackupData @ +10s" is written so, and a
    // grep for the JUnit report's name finds it here too (the default writes '+' as \u002B). Control characters are still escaped.
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(IReadOnlyList<ScenarioResult> results, IReadOnlyList<InvalidScenario> invalid, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(invalid);
        ArgumentNullException.ThrowIfNull(writer);
        var report = new
        {
            passed = results.Count(r => r.PassedRunning),
            failed = results.Count(r => !r.Passed),
            invalid = invalid.Count,
            skipped = results.Count(r => r.Skipped),
            scenarios = results.Select(r => new
            {
                r.Name,
                r.File,
                r.Seed,
                r.FileSeed,
                Start = JournalFormatter.FormatTime(r.Start),
                // Beside stoppedAt, it tells a run stopped early by --until (its later checks not made) from one run to its end.
                End = JournalFormatter.FormatTime(r.End),
                // A scenario --until came before ran nothing: it neither stopped nor passed, as a check not made.
                StoppedAt = r.Skipped ? null : JournalFormatter.FormatTime(r.StoppedAt),
                Passed = r.Skipped ? (bool?)null : r.Passed,
                // As JUnit's skipped count: a pipeline need not count the checks whose passed is null.
                NotMade = r.NotMade.Count,
                r.EventsProcessed,
                Replay = ReplayCommand.For(r),
                Checks = r.Outcomes.Select(o => new Check(o.Location.ToString(), o.StatedName, o.Subject, o.Expected, o.Actual, JournalFormatter.FormatTime(o.At), o.Passed))
                    .Concat(r.NotMade.Select(c => new Check(c.Location.ToString(), c.StatedName, null, c.Expected, null, null, null))),
            }),
            invalidScenarios = invalid.Select(i => new
            {
                i.File,
                Errors = i.Errors.Select(e => new
                {
                    e.Location,
                    e.Field,
                    e.Message,
                }),
            }),
        };
        writer.Write(JsonSerializer.Serialize(report, Options).ReplaceLineEndings("\n"));
        writer.Write('\n');
    }

    private sealed record Check(string Location, string Name, string? Subject, string Expected, string? Actual, string? At, bool? Passed);
}
