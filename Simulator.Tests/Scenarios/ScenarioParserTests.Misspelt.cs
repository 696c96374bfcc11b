namespace Simulator.Tests.Scenarios;

/// <summary>A misspelt key that a step or check needs is one mistake: the unknown key with its "did you mean", not also the key missing.</summary>
public sealed partial class ScenarioParserTests
{
    [Theory]
    [InlineData("start: 2026-01-05T00:00:00Z", "strat: 2026-01-05T00:00:00Z", "strat")]
    [InlineData("duration: 7d", "duraton: 7d", "duraton")]
    [InlineData("  - name: vault-weu\n    region: westeurope", "  - nmae: vault-weu\n    region: westeurope", "vaults[0].nmae")]
    [InlineData("  - name: vault-weu\n    region: westeurope", "  - name: vault-weu\n    regoin: westeurope", "vaults[0].regoin")]
    [InlineData("  - name: vm-web-01\n    vault: vault-weu", "  - name: vm-web-01\n    vualt: vault-weu", "vms[0].vualt")]
    public void Should_ReportAMisspeltRequiredKeyOnce_AsTheUnknownKeyWithItsHint(string written, string misspelt, string field)
    {
        // Given
        var text = World.Replace(written, misspelt, StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then the misspelling is the mistake, not also the key it meant being missing
        errors.Where(e => e.Message.Contains("required", StringComparison.Ordinal)).ShouldBeEmpty(Describe(errors));
        errors.ShouldContain(e => e.Field == field && e.Message.Contains("Did you mean", StringComparison.Ordinal), Describe(errors));
    }

    [Fact]
    public void Should_ReportAnUnknownHappeningOnce_When_AfterNamesNoKnownOne()
    {
        // Given
        var text = World + """
            timeline:
              - after: { jobExploded: vm-web-01 }
                say: boom
            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Count.ShouldBe(1, Describe(errors));
        errors[0].Field.ShouldBe("timeline[0].after.jobExploded");
        errors[0].Message.ShouldStartWith("unknown key 'jobExploded'. Allowed here: jobStarted, ");
    }

    [Fact]
    public void Should_SayWhereDelayGoes_When_ItIsWrittenInsideAfter()
    {
        // Given
        var text = World + """
            timeline:
              - after: { transferStarted: vm-web-01, delay: 1h }
                say: copy started an hour ago
            """;

        // When
        var errors = ErrorsOf(text);

        // Then one mistake, told where the key belongs
        errors.Count.ShouldBe(1, Describe(errors));
        errors[0].Field.ShouldBe("timeline[0].after.delay");
        errors[0].Message.ShouldStartWith("'delay' is a key of the step, beside 'after', not inside it");
    }

    [Fact]
    public void Should_ReportAMisspeltHappeningOnce_WithItsHint()
    {
        // Given
        var text = World + """
            timeline:
              - after: { jobStartd: vm-web-01 }
                say: started
            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Count.ShouldBe(1, Describe(errors));
        errors[0].Message.ShouldStartWith("unknown key 'jobStartd'. Did you mean 'jobStarted'?");
    }

    [Fact]
    public void Should_SuggestTheHappeningMeant_When_ItIsWrittenWithAnotherWordForItsOutcome()
    {
        // Given
        var text = World + """
            timeline:
              - after: { transferFinished: vm-web-01 }
                say: the first transfer is in the vault
            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Count.ShouldBe(1, Describe(errors));
        errors[0].ToString().ShouldStartWith("check.yaml:20:14: timeline[0].after.transferFinished: unknown key 'transferFinished'. Did you mean 'transferCompleted'?");
    }

    [Fact]
    public void Should_StillSayNameOneHappening_When_AfterNamesTwo()
    {
        // Given
        var text = World + """
            timeline:
              - after: { jobStarted: vm-web-01, jobFailed: vm-web-01 }
                say: both
            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Count.ShouldBe(1, Describe(errors));
        errors[0].Field.ShouldBe("timeline[0].after");
        errors[0].Message.ShouldStartWith("name one happening and its item");
    }

    [Theory]
    [InlineData("att: +1h\n    say: hi", "timeline[0].att", "Did you mean 'at'?")]
    [InlineData("at: +1h\n    doo: breakAgent\n    item: vm-web-01", "timeline[0].doo", "Did you mean 'do'?")]
    [InlineData("at: +1h\n    sai: hello", "timeline[0].sai", "Did you mean 'say'?")]
    public void Should_ReportAMisspeltStepKeyOnce_NotAlsoAsMissing(string step, string field, string hint)
    {
        // Given
        var text = World + $"timeline:\n  - {step}\n";

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Count.ShouldBe(1, Describe(errors));
        errors[0].Field.ShouldBe(field);
        errors[0].Message.ShouldContain(hint);
    }

    [Fact]
    public void Should_StillSayAStepNeedsATiming_When_TheUnknownKeyIsAnotherOne()
    {
        // Given
        var text = World + """
            timeline:
              - itme: vm-web-01
                say: hi
            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Count.ShouldBe(2, Describe(errors));
        errors.ShouldContain(e => e.Field == "timeline[0]" && e.Message.StartsWith("a step needs exactly one of 'at'", StringComparison.Ordinal));
        errors.ShouldContain(e => e.Field == "timeline[0].itme");
    }

    [Fact]
    public void Should_ReportAMisspeltSubjectOnce_AndCheckItsAssertionsAsThatSubjects()
    {
        // Given
        var text = World + """
            expect:
              - jobz: { item: vm-web-01 }
                status: Failed
            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Count.ShouldBe(1, Describe(errors));
        errors[0].Field.ShouldBe("expect[0].jobz");
        errors[0].Message.ShouldStartWith("unknown key 'jobz'. Did you mean 'job'?");
    }

    [Fact]
    public void Should_ReportAMisspeltAssertionOnce_NotAlsoSayWhatToExpect()
    {
        // Given
        var text = World + """
            expect:
              - job: { item: vm-web-01 }
                statuz: Failed
            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Count.ShouldBe(1, Describe(errors));
        errors[0].Field.ShouldBe("expect[0].statuz");
        errors[0].Message.ShouldContain("Did you mean 'status'?");
    }

    [Theory]
    [InlineData("do: repairAgnet", "timeline[0].do", "'repairAgnet' is not one of backupNow, ", "Did you mean 'repairAgent'?")]
    [InlineData("do: stopProtection\n    mode: retainForver", "timeline[0].mode", "'retainForver' is not one of retainForever, ", "Did you mean 'retainForever'?")]
    public void Should_SayWhichValueWasMeant_When_AWordIsMisspelt(string step, string field, string start, string hint)
    {
        // Given a trainer's slip in a value a list of words allows, as in a key
        var text = World + $"""
            timeline:
              - at: 2026-01-06T09:00:00Z
                item: vm-web-01
                {step}
            """;

        // When
        var errors = ErrorsOf(text);

        // Then the value is named, the words allowed listed, and the one it was probably meant to be said
        errors.Count.ShouldBe(1, Describe(errors));
        errors[0].Field.ShouldBe(field);
        errors[0].Message.ShouldStartWith(start);
        errors[0].Message.ShouldEndWith(hint);
    }
}
