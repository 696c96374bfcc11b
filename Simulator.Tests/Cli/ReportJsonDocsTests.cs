using System.Text.Json;
using System.Text.RegularExpressions;
using Simulator.Tests.Support;

namespace Simulator.Tests.Cli;

/// <summary>Every field of <c>report --output json</c> is described in docs/commands.md, so a script knows what it may read.</summary>
public sealed partial class ReportJsonDocsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("jobs")]
    [InlineData("items")]
    [InlineData("points")]
    public void Should_DescribeEveryFieldOfTheList_When_TheDocsTellTheReport(string list)
    {
        // Given a recorded run
        var db = _folder.File("run.db");
        CliRun.Of("run", StoreScenarios.Fleet, "--db", db).ExitCode.ShouldBe(0);
        string[] item = list == "points" ? ["--item", "вм-01"] : [];

        // When
        var report = CliRun.Of(["report", db, list, "-o", "json", .. item]);

        // Then
        report.ExitCode.ShouldBe(0, report.Error);
        using var json = JsonDocument.Parse(report.Out);
        var fields = json.RootElement.EnumerateArray().SelectMany(row => row.EnumerateObject().Select(p => p.Name)).Distinct(StringComparer.Ordinal).ToList();
        fields.ShouldNotBeEmpty();
        var documented = Documented();
        fields.Where(f => !documented.Contains(f)).ShouldBeEmpty($"fields of 'report {list} -o json' that docs/commands.md does not describe");
    }

    /// <summary>The fields named in backquotes in the section on <c>vaultsim report</c>.</summary>
    private static HashSet<string> Documented()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "commands.md"));
        var start = docs.IndexOf("## `vaultsim report", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(-1, "docs/commands.md has no section on vaultsim report");
        var end = docs.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return [.. Quoted().Matches(docs[start..end]).Select(m => m.Groups[1].Value)];
    }

    [GeneratedRegex("`([a-zA-Z]+)`")]
    private static partial Regex Quoted();
}
