using Simulator.Core.Vaults;

namespace Simulator.Tests.Core;

/// <summary>A Recovery Services vault's name takes ASCII letters only, which its refusal says, as a letter such as 'ü' is one too.</summary>
public sealed class VaultNameTests
{
    [Theory]
    [InlineData("vault-ü", "'ü' is not allowed; use letters A to Z, digits and hyphens only")]
    [InlineData("vault_weu", "'_' is not allowed; use letters A to Z, digits and hyphens only")]
    [InlineData("Übung-vault", "it must start with a letter A to Z, and 'Ü' is none")]
    [InlineData("1vault", "it must start with a letter A to Z, and '1' is none")]
    public void Should_SayTheLettersAreAToZ_When_TheNameHasAnotherCharacter(string name, string expected)
    {
        VaultName.Problem(name).ShouldBe(expected);
    }

    [Fact]
    public void Should_AcceptTheName_When_ItIsLettersDigitsAndHyphens()
    {
        VaultName.Problem("vault-weu-01").ShouldBeNull();
    }
}
