namespace Simulator.Tests.Scenarios;

/// <summary>Messages in plain words: what is defined when nothing is, numbers out of range, values as files write them.</summary>
public sealed partial class ScenarioParserTests
{
    private const string Bare = """
        name: check
        start: 2026-01-05T00:00:00Z
        duration: 7d

        """;

    [Fact]
    public void Should_SayTheFileDefinesNoVm_When_AStepNamesOneAndThereAreNone()
    {
        // Given
        var text = Bare + """
            timeline:
              - at: +1h
                do: breakAgent
                item: vm-1
            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.ShouldHaveSingleItem().Message.ShouldBe("no VM or server named 'vm-1' is defined. The file defines no VM or server.");
    }

    [Fact]
    public void Should_SayTheFileDefinesNoVault_When_AVmNamesOneAndThereAreNone()
    {
        // Given
        var text = Bare + """
            vms:
              - name: vm-1
                vault: vault-a
            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.ShouldHaveSingleItem().Message.ShouldBe("no vault named 'vault-a' is defined. The file defines no vault.");
    }

    [Fact]
    public void Should_NameTheVaultDefinedWithAMistake_When_AVmNamesAnotherThatIsNotDefined()
    {
        // Given vault-a, defined without its region, and a VM naming vault-b
        var text = Bare + """
            vaults:
              - name: vault-a
            vms:
              - name: vm-1
                vault: vault-b
            """;

        // When
        var errors = ErrorsOf(text);

        // Then: not "The file defines no vault", which the reader sees is untrue
        errors.Select(e => e.Message).ShouldBe(["'region' is required here.", "no vault named 'vault-b' is defined. Did you mean 'vault-a'? Vaults: vault-a."]);
    }

    [Fact]
    public void Should_NameTheVmDefinedWithAMistake_When_AStepNamesAnotherThatIsNotDefined()
    {
        // Given vm-1, defined without its region, and a step naming vm-2
        var text = Bare + """
            vms:
              - name: vm-1
            timeline:
              - at: +1h
                do: breakAgent
                item: vm-2
            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Select(e => e.Message).ShouldBe(["'region' is required for a VM that no vault protects at the start.", "no VM or server named 'vm-2' is defined. Did you mean 'vm-1'? Defined: vm-1."]);
    }

    [Theory]
    [InlineData("99999999999999999999999")]
    [InlineData("-99999999999999999999999")]
    public void Should_SayASeedTooLongIsOutOfRange_InTheWordsOfTheSeedOption(string seed)
    {
        // Given
        var text = Bare.Replace("name: check\n", $"name: check\nseed: {seed}\n", StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.ShouldHaveSingleItem().ToString().ShouldBe($"check.yaml:2:7: seed: {seed} is out of range; allowed is 0 to 9223372036854775807.");
    }

    [Fact]
    public void Should_ShortenTheSeed_When_OneOfThousandsOfDigitsIsOutOfRange()
    {
        var text = Bare.Replace("name: check\n", $"name: check\nseed: {new string('9', 100_000)}\n", StringComparison.Ordinal);

        var errors = ErrorsOf(text);

        errors.ShouldHaveSingleItem().ToString().ShouldBe($"check.yaml:2:7: seed: {new string('9', 37)}... is out of range; allowed is 0 to 9223372036854775807.");
    }

    [Fact]
    public void Should_SayAWholeNumberTooLongIsOutOfRange_NotThatItIsNoNumber()
    {
        // Given
        var text = World + """
            timeline:
              - at: +1h
                do: failNextTransfer
                item: vm-web-01
                count: 99999999999999999999
            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.ShouldHaveSingleItem().Message.ShouldBe("99999999999999999999 is out of range; allowed is 1 to 1000.");
    }

    [Fact]
    public void Should_ListTheVerbsAsFilesWriteThem_When_AVerbIsUnknown()
    {
        // Given
        var text = World + """
            timeline:
              - at: +1h
                do: explode
            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.ShouldHaveSingleItem().Message.ShouldStartWith("'explode' is not one of backupNow, cancelJob, configureProtection, stopProtection,", Case.Sensitive);
    }

    [Fact]
    public void Should_ListTheModesAsFilesWriteThem_When_AModeIsUnknown()
    {
        // Given
        var text = World + """
            timeline:
              - at: +1h
                do: stopProtection
                item: vm-web-01
                mode: keep
            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.ShouldHaveSingleItem().Message.ShouldBe("'keep' is not one of retainForever, retainAsPerPolicy, deleteData.");
    }

    [Theory]
    [InlineData("99999999999999999999")]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    public void Should_SayANumberTooLargeIsOutOfRange_AsTheFileWritesIt(string used)
    {
        // Given
        var text = World.Replace("vault: vault-weu\n    policy: Gold", $"vault: vault-weu\n    policy: Gold\n    usedGb: {used}", StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.ShouldHaveSingleItem().Message.ShouldBe($"{used} is out of range; allowed is 0 to 1000000 GB.");
    }

    [Fact]
    public void Should_NameTheDurationAsTheField_When_NeitherEndNorDurationIsGiven()
    {
        // Given
        const string text = "name: short\nstart: 2026-01-01T00:00:00Z\n";

        // When
        var errors = ErrorsOf(text);

        // Then it reads file:line:column: field: message, as every other mistake does
        var error = errors.ShouldHaveSingleItem();
        error.Field.ShouldBe("duration");
        error.Message.ShouldBe("'end' or 'duration' is required: how long the scenario runs.");
    }
}
