using Simulator.Tests.Support;

namespace Simulator.Tests.Scenarios;

public sealed partial class ScenarioParserTests
{
    [Fact]
    public void Should_ReportATimelineThatIsNoListOnce()
    {
        // Given
        var text = World + "timeline: soon\n";

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Count.ShouldBe(1, Describe(errors));
        errors[0].Field.ShouldBe("timeline");
        errors[0].Message.ShouldContain("expected a list");
    }

    [Fact]
    public void Should_ReportAMissingPolicyOnceAtThePolicyKey_When_AFleetNamesItsVaultTwice()
    {
        // Given
        const string text = """
            name: check
            start: 2026-01-05T00:00:00Z
            duration: 7d
            vaults:
              - name: vault-weu
                region: westeurope
            fleets:
              - name: db
                count: 2
                vaults: [vault-weu, vault-weu]
                policy: Silver
            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Count.ShouldBe(2, Describe(errors));
        (errors[0].Field, errors[0].Line).ShouldBe(("fleets[0].vaults[1]", 10));
        errors[0].Message.ShouldStartWith("vault 'vault-weu' is listed twice");
        (errors[1].Field, errors[1].Line).ShouldBe(("fleets[0].policy", 11));
        errors[1].Message.ShouldContain("has no policy 'Silver'");
    }

    [Fact]
    public void Should_OfferAPolicyWithMistakes_When_AMisspeltNameMeansIt()
    {
        // Given Gold, whose retention is out of range, and a VM that misspells it
        const string text = """
            name: check
            start: 2026-01-05T00:00:00Z
            duration: 7d
            vaults:
              - name: v1
                region: westeurope
                policies:
                  - name: Gold
                    schedule: { frequency: Daily, times: ["02:00"] }
                    retention: { daily: { days: 5 } }
                  - name: Silver
                    schedule: { frequency: Daily, times: ["02:00"] }
                    retention: { daily: { days: 7 } }
            vms:
              - { name: vm-1, vault: v1, policy: Glod }
            """;

        // When
        var errors = ErrorsOf(text);

        // Then Gold's mistake is told, and the misspelling is told as meaning Gold, not as if the file had no Gold
        errors.Count.ShouldBe(2, Describe(errors));
        errors[0].Field.ShouldBe("vaults[0].policies[0].retention.daily.days");
        errors[1].Message.ShouldBe("vault 'v1' has no policy 'Glod'. Did you mean 'Gold'? Its policies: DefaultPolicy, Silver, Gold.");
    }

    [Fact]
    public void Should_ReportAKeyTheVerbDoesNotTakeOnce_When_ItsValueIsAlsoWrong()
    {
        // Given
        var text = World + """
            timeline:
              - at: +1d
                do: backupNow
                item: vm-web-01
                count: lots
            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Count.ShouldBe(1, Describe(errors));
        errors[0].Field.ShouldBe("timeline[0].count");
        errors[0].Message.ShouldContain("unknown key 'count'");
    }

    [Fact]
    public void Should_ReportAKeyTheSubjectDoesNotTakeOnce_When_ItsValueIsAlsoWrong()
    {
        // Given
        var text = World + """
            expect:
              - jobs: { item: vm-web-01, nth: second }
                count: 1
            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Count.ShouldBe(1, Describe(errors));
        errors[0].Field.ShouldBe("expect[0].jobs.nth");
        errors[0].Message.ShouldContain("unknown key 'nth'");
    }

    [Fact]
    public void Should_ReportAMissingVaultOnce_When_ConfigureProtectionNamesNone()
    {
        // Given
        var text = World + """
            timeline:
              - at: +1d
                do: configureProtection
                item: web-001
            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Count.ShouldBe(1, Describe(errors));
        errors[0].Field.ShouldBe("timeline[0].vault");
        errors[0].Message.ShouldBe("'vault' is required here.");
    }

    [Fact]
    public void Should_PrintEveryMistakeOnce_When_Validating()
    {
        // Given
        using var folder = new TempFolder();
        var path = folder.File("twice.yaml");
        System.IO.File.WriteAllText(path, World + "timeline: { at: +1d }\n");

        // When
        var run = CliRun.Of("validate", path);

        // Then
        run.ExitCode.ShouldBe(2);
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.ShouldNotBeEmpty();
        lines.ShouldBeUnique(run.Error);
        run.Error.ShouldNotContain("   at ");
    }
}
