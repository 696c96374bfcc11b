using Simulator.Scenarios.Parsing;
using Simulator.Tests.Support;

namespace Simulator.Tests.Scenarios;

public sealed partial class ScenarioParserTests
{
    private const string StepsAndChecksOnTheWorld = """
        timeline:
          - at: 2026-01-06T00:00:00Z
            do: backupNow
            item: vm-web-01
          - at: +1h
            do: changePolicy
            item: vm-web-01
            policy: Gold
          - at: +1h
            do: deleteVm
            item: web-002
          - at: +1h
            do: setSoftDelete
            vault: vault-weu
            enabled: true
            days: 60
        expect:
          - item: vm-web-01
            protectionState: Protected
          - at: +2d
            item: web-001
            protectionState: Protected

        """;

    [Fact]
    public void Should_ReportOnlyTheStart_When_TheStartHasAMistake()
    {
        // Given
        var text = (World + StepsAndChecksOnTheWorld).Replace("start: 2026-01-05T00:00:00Z", "start: Monday", StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Count.ShouldBe(1, Describe(errors));
        errors[0].Field.ShouldBe("start");
    }

    [Fact]
    public void Should_StillCheckTheTimeline_When_OnlyTheNameHasAMistake()
    {
        // Given
        var text = (World + StepsAndChecksOnTheWorld)
            .Replace("name: check", "name: [check]", StringComparison.Ordinal)
            .Replace("at: 2026-01-06T00:00:00Z", "at: 2026-02-06T00:00:00Z", StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Select(e => e.Field).ShouldBe(["name", "timeline[0].at"], Describe(errors));
        errors[1].Message.ShouldContain("is outside the scenario");
    }

    [Fact]
    public void Should_ReportOnlyTheVault_When_AVaultThatTheWorldStepsAndChecksNameHasAMistake()
    {
        // Given
        var text = (World + StepsAndChecksOnTheWorld).Replace("region: westeurope", "region: [westeurope]", StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Count.ShouldBe(1, Describe(errors));
        errors[0].Field.ShouldBe("vaults[0].region");
    }

    [Theory]
    [InlineData("vaults:\n", "vault:\n", "vault")]
    [InlineData("vaults:\n", "Vaults:\n", "Vaults")]
    [InlineData("vaults:\n", "\uFEFFvaults:\n", "\\uFEFFvaults")]
    [InlineData("vms:\n", "vm:\n", "vm")]
    [InlineData("fleets:\n", "fleet:\n", "fleet")]
    public void Should_ReportOnlyTheSection_When_TheSectionThatDefinesWhatStepsAndChecksNameIsMisspelt(string written, string misspelt, string field)
    {
        // Given: what the steps and checks name is defined, under a key that is not read
        var text = (World + StepsAndChecksOnTheWorld).Replace(written, misspelt, StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then: not also "no vault named 'vault-weu' is defined. The file defines no vault." at every step
        errors.ShouldHaveSingleItem(Describe(errors)).Field.ShouldBe(field);
    }

    [Fact]
    public void Should_ReportOnlyThePolicy_When_APolicyThatAVmAndAStepNameHasAMistake()
    {
        // Given
        var text = (World + StepsAndChecksOnTheWorld).Replace("days: 30", "days: 3000000", StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Count.ShouldBe(1, Describe(errors));
        errors[0].Field.ShouldBe("vaults[0].policies[0].retention.daily.days");
    }

    [Fact]
    public void Should_ReportOnlyTheFleet_When_StepsAndChecksNameVmsOfAFleetWithAMistake()
    {
        // Given
        var text = (World + StepsAndChecksOnTheWorld).Replace("count: 3", "count: three", StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Count.ShouldBe(1, Describe(errors));
        errors[0].Field.ShouldBe("fleets[0].count");
    }

    [Fact]
    public void Should_ReportOnlyTheSeed_When_StepsNameVmsAFleetDrawsFromIt()
    {
        // Given: the fleet's names hold words drawn from the seed, so without the seed they are unknown
        var text = (World + StepsAndChecksOnTheWorld)
            .Replace("duration: 7d", "duration: 7d\nseed: lucky", StringComparison.Ordinal)
            .Replace("    vault: vault-weu\ntimeline:", "    vault: vault-weu\n    namePattern: \"{word}-{n:000}\"\ntimeline:", StringComparison.Ordinal)
            .Replace("item: web-002", "item: firewall-002", StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Count.ShouldBe(1, Describe(errors));
        errors[0].Field.ShouldBe("seed");
    }

    [Fact]
    public void Should_ReportOnlyTheVmsVault_When_StepsNameAVmWhoseVaultIsNotDefined()
    {
        // Given
        var text = (World + StepsAndChecksOnTheWorld).Replace("    vault: vault-weu\n    policy: Gold", "    vault: vault-wue\n    policy: Gold", StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Count.ShouldBe(1, Describe(errors));
        errors[0].Field.ShouldBe("vms[0].vault");
        errors[0].Message.ShouldContain("no vault named 'vault-wue'");
    }

    [Fact]
    public void Should_StillReportAnUndefinedItem_When_AnotherDefinitionHasAMistake()
    {
        // Given
        var text = (World + StepsAndChecksOnTheWorld)
            .Replace("days: 30", "days: 3000000", StringComparison.Ordinal)
            .Replace("item: web-002", "item: web-009", StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Select(e => e.Field).ShouldBe(["vaults[0].policies[0].retention.daily.days", "timeline[2].item"], Describe(errors));
        errors[1].Message.ShouldContain("no VM or server named 'web-009'");
    }

    [Fact]
    public void Should_KeepAnImportedPolicy_When_AnotherPartOfTheFileHasAMistake()
    {
        // Given
        var text = """
            name: check
            start: 2026-01-05T00:00:00Z
            duration: 7d
            colour: blue
            vaults:
              - name: vault-weu
                region: westeurope
                policies:
                  - file: samples/policies/standard-daily.json
                    name: Imported
            vms:
              - name: vm-web-01
                vault: vault-weu
                policy: Imported
            """;

        // When
        var error = Should.Throw<Simulator.Scenarios.ScenarioLoadException>(() => ScenarioParser.Parse(text, File, RepositoryFiles.Root));

        // Then
        error.Errors.Count.ShouldBe(1, Describe(error.Errors));
        error.Errors[0].Field.ShouldBe("colour");
    }
}
