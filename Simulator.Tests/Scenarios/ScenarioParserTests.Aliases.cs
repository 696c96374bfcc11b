namespace Simulator.Tests.Scenarios;

/// <summary>A mistake reached through a YAML alias is reported at the alias, where its field is written, naming the anchor it repeats.</summary>
public sealed partial class ScenarioParserTests
{
    /// <summary>A vault whose region (line 6) and whole mapping (line 5) are anchored, for aliases below line 9 to repeat.</summary>
    private const string Anchored = """
        name: check
        start: 2026-01-05T00:00:00Z
        duration: 7d
        vaults:
          - &weu
            name: vault-weu
            region: &region westeurope
            softDeleteDays: 30
        vms:

        """;

    [Fact]
    public void Should_ReportAMistakeAtTheAlias_When_AnAliasRepeatsAValueIntoAFieldWhereItIsWrong()
    {
        // Given a region, valid where it is anchored, repeated into a VM's os
        var text = Anchored + """
              - name: vm-web-01
                vault: vault-weu
                os: *region
            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.ShouldHaveSingleItem().ToString().ShouldBe(
            "check.yaml:12:9: vms[0].os: 'westeurope' is not one of Windows, Linux. (Written through the alias '*region', which repeats the value anchored '&region' at line 7.)");
    }

    [Fact]
    public void Should_ReportAMappingRepeatedIntoATextFieldAtTheAlias()
    {
        // Given
        var text = Anchored + """
              - name: vm-web-01
                vault: *weu
            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        var error = errors.ShouldHaveSingleItem();
        (error.Line, error.Column, error.Field).ShouldBe((11, 12, "vms[0].vault"));
        error.Message.ShouldBe("expected a text value, found a mapping. (Written through the alias '*weu', which repeats the value anchored '&weu' at line 5.)");
    }

    [Fact]
    public void Should_SayWhereInTheAnchoredValueTheMistakeIs_When_ItIsInsideAnAliasedMapping()
    {
        // Given a vault repeated as a second vault, where its softDeleteDays (line 8) is fine but its name is taken
        var text = Anchored.Replace("vms:\n", "  - *weu\n", StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        var error = errors.ShouldHaveSingleItem();
        (error.Line, error.Column, error.Field).ShouldBe((9, 5, "vaults[1].name"));
        error.Message.ShouldEndWith("(Written through the alias '*weu', which repeats the value anchored '&weu' at line 5; this part of it is at line 6, column 11.)");
    }

    [Fact]
    public void Should_ReportAMistakeAtItsAnchor_When_TheAnchoredValueIsWrongWhereItIsWritten()
    {
        // Given
        var text = Anchored.Replace("softDeleteDays: 30", "softDeleteDays: &days 10", StringComparison.Ordinal) + """
              - name: vm-web-01
                vault: vault-weu
                usedGb: *days
            """;

        // When
        var errors = ErrorsOf(text);

        // Then the repeat is fine, and the anchored value is reported where it is, as without aliases
        errors.ShouldHaveSingleItem().ToString().ShouldBe("check.yaml:8:21: vaults[0].softDeleteDays: 10 is out of range; allowed is 14 to 180 days.");
    }

    [Fact]
    public void Should_LocateAnExpectationAtItsAlias_When_AnAliasRepeatsIt()
    {
        // Given
        var text = Anchored + """
              - name: vm-web-01
                vault: vault-weu
            expect:
              - &protected { item: vm-web-01, protectionState: Protected }
              - *protected
            """;

        // When
        var definition = Simulator.Scenarios.Parsing.ScenarioParser.Parse(text, File);

        // Then
        definition.Expectations.Select(e => (e.Location.Line, e.Location.Column)).ShouldBe([(13, 5), (14, 5)]);
    }

    [Fact]
    public void Should_NameTheFieldOfAnAliasThatHasNoAnchor()
    {
        // Given
        var text = Anchored + """
              - name: vm-web-01
                vault: vault-weu
                usedGb: *size
            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.ShouldHaveSingleItem().ToString().ShouldBe(
            "check.yaml:12:13: vms[0].usedGb: not valid YAML: the alias '*size' refers to no anchor '&size' before it; put the value in quotes if '*' belongs to it.");
    }

    [Fact]
    public void Should_RefuseAnAlias_When_ItsAnchorComesAfterIt()
    {
        // Given
        var text = Anchored + """
              - name: vm-web-01
                vault: *later
              - name: vm-web-02
                vault: &later vault-weu
            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.ShouldHaveSingleItem().ToString().ShouldBe(
            "check.yaml:11:12: vms[0].vault: not valid YAML: the alias '*later' comes before its anchor '&later' at line 13; write the anchor first.");
    }

    [Fact]
    public void Should_RefuseAnAlias_When_ItIsInsideTheValueItRepeats()
    {
        // Given
        var text = Anchored + """
              - &vm
                name: vm-web-01
                vault: vault-weu
                tags: [*vm]
            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.ShouldHaveSingleItem().ToString().ShouldBe(
            "check.yaml:13:12: vms[0].tags[0]: the alias '*vm' is inside the value anchored '&vm' at line 10, which it repeats; a value can't hold itself.");
    }

    [Fact]
    public void Should_RefuseAMergeKeyOnce_When_AMappingMergesAnother()
    {
        // Given a VM meant to take its vault from the one above
        var text = Anchored + """
              - &web
                name: vm-web-01
                vault: vault-weu
              - <<: *web
                name: vm-web-02
            """;

        // When
        var errors = ErrorsOf(text);

        // Then the merge is the mistake, not also the vault or region it would have brought
        var error = errors.ShouldHaveSingleItem();
        (error.Line, error.Column, error.Field).ShouldBe((13, 5, "vms[1].<<"));
        error.Message.ShouldStartWith("'<<' (a YAML merge key) is not read in scenario files; write this mapping's keys out.");
    }

    [Fact]
    public void Should_RefuseAFile_When_ItsAliasesRepeatItPastAMillionValues()
    {
        // Given lists of ten aliases of the list above, each line ten times the last: 1,111,111 values on line 10
        var lines = Enumerable.Range(1, 5).Select(n => $"  - &l{n} [{string.Join(", ", Enumerable.Repeat($"*l{n - 1}", 10))}]");
        var text = $"name: check\nstart: 2026-01-05T00:00:00Z\nduration: 7d\ntags:\n  - &l0 [{string.Join(", ", Enumerable.Repeat("x", 10))}]\n{string.Join("\n", lines)}\n";

        // When
        var errors = ErrorsOf(text);

        // Then the alias that takes it past the limit is the mistake, found before any value is read
        var error = errors.ShouldHaveSingleItem();
        (error.Line, error.Field).ShouldBe((10, "tags[5][7]"));
        error.Message.ShouldStartWith("with this alias, the file holds more than 1,000,000 values once its aliases are repeated out;");
    }
}
