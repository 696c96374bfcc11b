using Simulator.Scenarios.Parsing;

namespace Simulator.Tests.Scenarios;

/// <summary>A top-level key starting with <c>x-</c> is not read: a place for anchors, as docker-compose's extension fields are.</summary>
public sealed partial class ScenarioParserTests
{
    /// <summary>A Gold policy anchored under <c>x-defaults</c> (line 5), for aliases below line 11 to repeat.</summary>
    private const string Extended = """
        name: check
        start: 2026-01-05T00:00:00Z
        duration: 7d
        x-defaults:
          gold: &gold
            name: Gold
            schedule: { frequency: Daily, times: ["02:00"] }
            retention: { daily: { days: 30 } }
          size: &size 200
          notes: { anything: [1, 2], retention: nonsense, "<<": here }
        vaults:

        """;

    [Fact]
    public void Should_RepeatAnAnchorWrittenUnderAnXKey_When_AnAliasNamesIt()
    {
        // Given
        var text = Extended + """
              - name: vault-weu
                region: westeurope
                policies: [*gold]
              - name: vault-neu
                region: northeurope
                policies: [*gold]
            vms:
              - name: vm-web-01
                vault: vault-weu
                policy: Gold
                usedGb: *size
            x-later: [not, read, either]
            """;

        // When
        var definition = ScenarioParser.Parse(text, File);

        // Then
        definition.Vaults.Select(v => string.Join(",", v.Policies.Select(p => p.Name))).ShouldBe(["Gold", "Gold"]);
        definition.DataSources.ShouldHaveSingleItem().Vm!.UsedSizeGb.ShouldBe(200);
    }

    [Fact]
    public void Should_ReportAMistakeAtTheAlias_When_ItIsInAValueAnchoredUnderAnXKey()
    {
        // Given a Gold policy whose run time is wrong, not read where it is written, repeated into two vaults
        var text = Extended.Replace("\"02:00\"", "\"25:00\"", StringComparison.Ordinal) + """
              - name: vault-weu
                region: westeurope
                policies: [*gold]
              - name: vault-neu
                region: northeurope
                policies:
                  - *gold
            """;

        // When
        var errors = ErrorsOf(text);

        // Then each repeat is reported at its alias, naming the anchor and where the run time is in it
        errors.Select(e => (e.Line, e.Column, e.Field)).ShouldBe([(14, 16, "vaults[0].policies[0].schedule.times[0]"), (18, 9, "vaults[1].policies[0].schedule.times[0]")], Describe(errors));
        errors.ShouldAllBe(e => e.Message.EndsWith("(Written through the alias '*gold', which repeats the value anchored '&gold' at line 5; this part of it is at line 7, column 43.)", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_ReportAnXKeyAsUnknown_When_ItIsNotAtTheTopLevel()
    {
        // Given
        var text = Extended + """
              - name: vault-weu
                region: westeurope
                x-policies: [*gold]
            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        var error = errors.ShouldHaveSingleItem();
        (error.Line, error.Column, error.Field).ShouldBe((14, 5, "vaults[0].x-policies"));
        error.Message.ShouldStartWith("unknown key 'x-policies'. Did you mean 'policies'? Allowed here: name, region,");
        error.Message.ShouldNotContain("'x-'");
    }

    [Fact]
    public void Should_OfferXKeys_When_ATopLevelKeyIsUnknown()
    {
        // Given
        var text = Extended.Replace("x-defaults:", "defaults:", StringComparison.Ordinal) + """
              - name: vault-weu
                region: westeurope
            """;

        // When
        var errors = ErrorsOf(text);

        // Then the key is reported, saying how to keep it
        var error = errors.ShouldHaveSingleItem();
        (error.Line, error.Column, error.Field).ShouldBe((4, 1, "defaults"));
        error.Message.ShouldEndWith("timeline, expect, and any key starting with 'x-' (not read: a place for anchors).");
    }
}
