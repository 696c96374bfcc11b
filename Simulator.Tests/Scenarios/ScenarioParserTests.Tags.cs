using Simulator.Scenarios.Parsing;

namespace Simulator.Tests.Scenarios;

/// <summary>YAML tags: a standard one on a value of its kind is read, any other refused where it is written.</summary>
public sealed partial class ScenarioParserTests
{
    [Theory]
    [InlineData("name: check", "name: !!binary Y2hlY2s=", "check.yaml:1:7: name: the tag '!!binary' is not read in scenario files")]
    [InlineData("duration: 7d", "duration: !custom 7d", "check.yaml:3:11: duration: the tag '!custom' is not read in scenario files")]
    [InlineData("start: 2026-01-05T00:00:00Z", "start: !!timestamp 2026-01-05T00:00:00Z", "check.yaml:2:8: start: the tag '!!timestamp' is not read in scenario files")]
    [InlineData("  - name: vault-weu", "  - name: !!int vault-weu", "check.yaml:5:11: vaults[0].name: the tag '!!int' makes this a whole number, but it takes a text; write the value without the tag.")]
    [InlineData("    count: 3", "    count: !!str 3", "check.yaml:17:12: fleets[0].count: the tag '!!str' makes this a text, but it takes a whole number; write the value without the tag.")]
    [InlineData("vms:", "vms: !!map", "check.yaml:11:6: vms: the tag '!!map' makes this a mapping, but it takes a list; write the value without the tag.")]
    [InlineData("duration: 7d", "duration: !!null 7d", "check.yaml:3:11: duration: the tag '!!null' says this has no value; write one, or leave it out.")]
    public void Should_RefuseATag_When_ItIsNotAStandardOneOfTheFieldsKind(string find, string replace, string expected)
    {
        // Given
        var text = World.Replace(find, replace, StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Count.ShouldBe(1, Describe(errors));
        errors[0].ToString().ShouldStartWith(expected);
    }

    [Theory]
    [InlineData("    count: 3", "    count: !!int 3.0", "check.yaml:17:12: fleets[0].count: the tag '!!int' makes this a whole number, which '3.0' is not in YAML 1.2; correct the value, or write it without the tag.")]
    [InlineData("    policy: Gold", "    policy: Gold\n    usedGb: !!int 0.5", "check.yaml:15:13: vms[0].usedGb: the tag '!!int' makes this a whole number, which '0.5' is not in YAML 1.2; correct the value, or write it without the tag.")]
    [InlineData("    policy: Gold", "    policy: Gold\n    usedGb: !!float half", "check.yaml:15:13: vms[0].usedGb: the tag '!!float' makes this a number, which 'half' is not in YAML 1.2; correct the value, or write it without the tag.")]
    [InlineData("    region: westeurope", "    region: westeurope\n    softDelete: !!bool yes", "check.yaml:7:17: vaults[0].softDelete: the tag '!!bool' makes this true or false, which 'yes' is not in YAML 1.2; correct the value, or write it without the tag.")]
    public void Should_RefuseATaggedValue_When_ItsTagFitsTheFieldButNotTheValue(string find, string replace, string expected)
    {
        // Given
        var text = World.Replace(find, replace, StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.ShouldHaveSingleItem(Describe(errors)).ToString().ShouldBe(expected);
    }

    [Theory]
    [InlineData("vaults:\n  - name: vault-weu", "vaults:\n  - !!binary dmF1bHQ=\n  - name: vault-weu",
        "check.yaml:5:5: vaults[0]: expected a mapping with keys name, region, redundancy, softDelete, softDeleteDays, crossRegionRestore, policies, found a value tagged '!!binary' ('dmF1bHQ='), a tag scenario files don't read (only !!str, !!int, !!float, !!bool, !!map and !!seq).")]
    [InlineData("duration: 7d", "duration: 7d\ntags: !!binary dGFncw==", "check.yaml:4:7: tags: expected a list, found a value tagged '!!binary' ('dGFncw=='), a tag scenario files don't read (only !!str, !!int, !!float, !!bool, !!map and !!seq).")]
    [InlineData("duration: 7d", "duration: 7d\ntags: !!str web", "check.yaml:4:7: tags: expected a list, found a value tagged '!!str' ('web').")]
    public void Should_NameTheTag_When_ATaggedTextIsWrittenWhereAMappingOrListGoes(string find, string replace, string expected)
    {
        // Given
        var text = World.Replace(find, replace, StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.ShouldContain(e => e.ToString() == expected, Describe(errors));
    }

    [Theory]
    [InlineData("    count: 3", "    count: [3]", "check.yaml:17:12: fleets[0].count: expected a whole number, found a list.")]
    [InlineData("    policy: Gold", "    policy: Gold\n    usedGb: { gb: 300 }", "check.yaml:15:13: vms[0].usedGb: expected a number, found a mapping.")]
    [InlineData("    region: westeurope", "    region: westeurope\n    softDelete: [true]", "check.yaml:7:17: vaults[0].softDelete: expected true or false, found a list.")]
    public void Should_SayTheKindTheFieldTakes_When_AListOrMappingIsWrittenForIt(string find, string replace, string expected)
    {
        // Given
        var text = World.Replace(find, replace, StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.ShouldHaveSingleItem(Describe(errors)).ToString().ShouldBe(expected);
    }

    [Fact]
    public void Should_ReadYesAsTrue_When_ItHasNoTag()
    {
        // Given
        var text = World.Replace("    region: westeurope", "    region: westeurope\n    softDelete: yes\n    crossRegionRestore: !!bool TRUE", StringComparison.Ordinal);

        // When
        var scenario = ScenarioParser.Parse(text, File);

        // Then
        scenario.ShouldNotBeNull();
    }

    [Fact]
    public void Should_ReadTheValue_When_ItsTagIsTheStandardOneOfTheFieldsKind()
    {
        // Given
        var text = World
            .Replace("name: check", "!!str name: ! check", StringComparison.Ordinal)
            .Replace("    count: 3", "    count: !!int 3", StringComparison.Ordinal)
            .Replace("vms:", "vms: !!seq", StringComparison.Ordinal) + """
            timeline:
              - at: +1h
                do: backupNow
                item: vm-web-01
                refused: !!bool true
            expect:
              - noFailedJobs: !!bool true
            """;

        // When
        var scenario = ScenarioParser.Parse(text, File);

        // Then
        scenario.Header.Name.ShouldBe("check");
        scenario.Steps.ShouldHaveSingleItem().ExpectRefusal.ShouldBe(string.Empty);
    }
}
