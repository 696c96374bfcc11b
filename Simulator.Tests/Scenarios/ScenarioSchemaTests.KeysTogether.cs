using Simulator.Scenarios.Parsing;
using Simulator.Tests.Support;

namespace Simulator.Tests.Scenarios;

/// <summary>An editor flags the keys the parser takes only one of, or only with another: 'end' or 'duration', one
/// subject an expectation checks, 'at' or 'after' in a step, and a 'delay' after a happening.</summary>
public sealed partial class ScenarioSchemaTests
{
    [Theory]
    [InlineData("11-end-and-duration.yaml")]
    [InlineData("20-expectation-without-subject.yaml")]
    [InlineData("27-delay-without-after.yaml")]
    public void Should_FlagTheBrokenFileOfKeysThatDoNotGoTogether(string file)
    {
        // When
        var problems = JsonSchemaCheck.Problems(Schema, JsonSchemaCheck.FromYaml(File.ReadAllText(Path.Combine(RepositoryFiles.Root, "Simulator.Tests", "Scenarios", "Broken", file))));

        // Then
        problems.ShouldNotBeEmpty();
    }

    [Fact]
    public void Should_AskAnExpectationForExactlyOneOfTheParsersSubjects()
    {
        var choices = ItemsOf("expect").GetProperty("oneOf").EnumerateArray().Select(c => c.GetProperty("required").EnumerateArray().Single().GetString());
        choices.ShouldBe(ScenarioParser.Subjects.Keys, ignoreOrder: true);
    }

    [Theory]
    [InlineData("duration: 2d", true)]
    [InlineData("end: 2026-01-07T00:00:00Z", true)]
    [InlineData("", false)]
    [InlineData("timeline:\n  - { at: +1h, say: hello }", true)]
    [InlineData("timeline:\n  - { at: +1h, after: { jobStarted: vm-1 }, say: hello }", false)]
    [InlineData("timeline:\n  - { say: hello }", false)]
    [InlineData("timeline:\n  - { after: { jobStarted: vm-1 }, delay: 1h, say: hello }", true)]
    [InlineData("expect:\n  - { item: vm-1, protectionState: Protected }", true)]
    [InlineData("expect:\n  - { item: vm-1, jobs: { item: vm-1 }, count: 1 }", false)]
    public void Should_AgreeWithTheParserOnWhichKeysGoTogether(string keys, bool parserAccepts)
    {
        // Given
        var text = $"name: check\nstart: 2026-01-05T00:00:00Z\n{(keys.StartsWith("duration") || keys.StartsWith("end") || keys.Length == 0 ? keys : "duration: 2d\n" + keys)}\n"
            + "vaults:\n  - { name: vault-1, region: westeurope }\nvms:\n  - { name: vm-1, region: westeurope, vault: vault-1 }\n";

        // Then the parser and an editor's check of the schema take it alike
        ShouldBeTakenAsTheParserTakesIt(text, parserAccepts);
    }
}
