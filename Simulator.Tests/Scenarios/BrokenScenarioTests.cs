using System.Text.RegularExpressions;
using Simulator.Scenarios;
using Simulator.Scenarios.Parsing;

namespace Simulator.Tests.Scenarios;

/// <summary>Each file of the broken corpus has one mistake, named in its first line as <c># expect: LINE:COLUMN FIELD TEXT</c>.</summary>
public sealed partial class BrokenScenarioTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Scenarios", "Broken");

    public static TheoryData<string> Files() => [.. Directory.GetFiles(Folder, "*.yaml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Fact]
    public void Should_HoldAtLeast25BrokenFiles()
    {
        Directory.GetFiles(Folder, "*.yaml").Length.ShouldBeGreaterThanOrEqualTo(25);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Should_ReportTheMistakeAtItsLineColumnAndField_When_AFileIsBroken(string file)
    {
        // Given
        var path = Path.Combine(Folder, file);
        var expect = ExpectLine().Match(File.ReadLines(path).First());
        expect.Success.ShouldBeTrue($"{file} must start with '# expect: LINE:COLUMN FIELD TEXT'");

        // When
        var error = Should.Throw<ScenarioLoadException>(() => ScenarioParser.Load(path));

        // Then
        var line = int.Parse(expect.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var column = int.Parse(expect.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var field = expect.Groups["field"].Value == "-" ? string.Empty : expect.Groups["field"].Value;
        var text = expect.Groups["text"].Value;
        error.Errors.ShouldContain(
            e => e.Line == line && e.Column == column && e.Field == field && e.Message.Contains(text, StringComparison.Ordinal),
            $"expected {line}:{column} {field}: …{text}…, got:\n{string.Join("\n", error.Errors)}");
        error.Errors.ShouldAllBe(e => e.File == path);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Should_ExitTwoWithTheLocationAndNoStackTrace_When_RunFromTheCommandLine(string file)
    {
        var path = Path.Combine(Folder, file);
        var expect = ExpectLine().Match(File.ReadLines(path).First());

        var run = Support.CliRun.Of("run", path);

        run.ExitCode.ShouldBe(2);
        run.Out.ShouldBe("0 passed, 0 failed, 1 invalid\n");
        run.Error.ShouldContain($"{path}:{expect.Groups["line"].Value}:{expect.Groups["column"].Value}: ");
        run.Error.ShouldNotContain("Exception");
        run.Error.ShouldNotContain("   at ");
    }

    [GeneratedRegex(@"^# expect: (?<line>\d+):(?<column>\d+) (?<field>\S+) (?<text>.+)$")]
    private static partial Regex ExpectLine();
}
