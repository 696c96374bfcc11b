using System.Text.Json;
using System.Xml.Linq;
using NodaTime;
using Simulator.Scenarios;
using Simulator.Scenarios.Model;
using Simulator.Scenarios.Reporting;
using Simulator.Scenarios.Running;

namespace Simulator.Tests.Scenarios;

/// <summary>The JUnit and JSON reports are written whole whatever text they hold: names, messages and paths come from files and the command line.</summary>
public sealed class ReportCharacterTests
{
    private const string Awkward = "a\u0001b\0c\u001b[2J\ud800d\uffff\ud83d\ude00";

    private static readonly Instant Start = Instant.FromUtc(2026, 1, 5, 0, 0);

    private static readonly ScenarioResult Result = new(
        $"{Awkward}.yaml",
        Awkward,
        1,
        Start,
        Start + Duration.FromDays(1),
        Start + Duration.FromDays(1),
        [new ExpectationOutcome(new SourceLocation($"{Awkward}.yaml", 3, 5), Awkward, Awkward, "other", Start, Passed: false)],
        10);

    private static readonly InvalidScenario Invalid = new($"{Awkward}.yaml", [new ScenarioError($"{Awkward}.yaml", 1, 1, Awkward, Awkward)]);

    [Fact]
    public void Should_WriteWellFormedXmlWithEachBadCharacterByItsCode_When_TextHoldsCharactersXmlCannot()
    {
        // Given
        using var writer = new StringWriter();

        // When
        JUnitReport.Write([ScenarioOutcome.Refused(Invalid), ScenarioOutcome.Ran(Result)], writer);

        // Then
        var xml = XDocument.Parse(writer.ToString());
        var suite = xml.Root!.Elements("testsuite").Last();
        suite.Attribute("name")!.Value.ShouldBe("a\\u0001b\\u0000c\\u001B[2J\\uD800d\\uFFFF\ud83d\ude00");
        xml.Root.Elements("testsuite").Count().ShouldBe(2);
    }

    [Fact]
    public void Should_WriteJsonThatReadsBack_When_TextHoldsControlCharactersAndBrokenSurrogates()
    {
        // Given
        using var writer = new StringWriter();

        // When
        JsonReport.Write([Result], [Invalid], writer);

        // Then
        using var json = JsonDocument.Parse(writer.ToString());
        json.RootElement.GetProperty("scenarios")[0].GetProperty("name").GetString()!.ShouldStartWith("a\u0001b\0c\u001b[2J");
        writer.ToString().ShouldNotContain("\u001b");
    }

    [Fact]
    public void Should_WriteACheckAsTheFileStatesIt_When_ItsNameHoldsAPlusOrAnAccent()
    {
        // Given
        var result = Result with { Name = "café", Outcomes = [new ExpectationOutcome(new SourceLocation("café.yaml", 3, 5), "step deleteBackupData @ +10s", "held", "held", Start, Passed: true)] };
        using var writer = new StringWriter();

        // When
        JsonReport.Write([result], [], writer);

        // Then a grep for what the JUnit report names it finds it
        writer.ToString().ShouldContain("\"subject\": \"step deleteBackupData @ +10s\"");
        writer.ToString().ShouldContain("\"name\": \"café\"");
    }
}
