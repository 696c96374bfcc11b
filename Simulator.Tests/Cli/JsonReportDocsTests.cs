using System.Text.Json;
using System.Text.RegularExpressions;
using Simulator.Tests.Support;

namespace Simulator.Tests.Cli;

/// <summary>Every field of <c>run --json</c>'s report is described in docs/commands.md, so a pipeline knows what it may read.</summary>
public sealed partial class JsonReportDocsTests : IDisposable
{
    private const string Failing = """
        name: failing
        start: 2026-01-01T00:00:00Z
        duration: 2d
        vaults:
          - name: vault-a
            region: westeurope
        vms:
          - name: vm-1
            vault: vault-a
        expect:
          - jobs: { item: vm-1 }
            count: 5
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Should_DescribeEveryFieldTheReportHolds_When_TheDocsTellTheJsonReport()
    {
        // Given a report with a failed check and an invalid file, which holds every field there is
        var failing = _folder.File("a.yaml");
        File.WriteAllText(failing, Failing);
        var invalid = _folder.File("b.yaml");
        File.WriteAllText(invalid, Failing.Replace("count: 5", "count: many", StringComparison.Ordinal));
        var json = _folder.File("report.json");
        CliRun.Of("run", failing, invalid, "--json", json).ExitCode.ShouldBe(2);

        // When
        using var report = JsonDocument.Parse(File.ReadAllText(json));
        var fields = FieldsOf(report.RootElement).Distinct().Order(StringComparer.Ordinal).ToList();

        // Then
        var documented = Documented();
        fields.Where(f => !documented.Contains(f)).ShouldBeEmpty("fields of the JSON report that docs/commands.md does not describe");
    }

    /// <summary>The fields named in backquotes in the section on the JSON report.</summary>
    private static HashSet<string> Documented()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "commands.md"));
        var start = docs.IndexOf("**The JSON report**", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(-1, "docs/commands.md has no paragraph on the JSON report");
        var end = docs.IndexOf("\n- ", start, StringComparison.Ordinal);
        return [.. Quoted().Matches(docs[start..(end < 0 ? docs.Length : end)]).Select(m => m.Groups[1].Value)];
    }

    private static IEnumerable<string> FieldsOf(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => FieldsOf(p.Value).Prepend(p.Name)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(FieldsOf),
        _ => [],
    };

    [GeneratedRegex("`([a-zA-Z]+)`")]
    private static partial Regex Quoted();
}
