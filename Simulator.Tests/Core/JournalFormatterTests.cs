using NodaTime;
using Simulator.Core.Journal;

namespace Simulator.Tests.Core;

/// <summary>The journal's lines: what the vault/item column names, the same in <c>show</c>, the dashboard's log and the store's journal.</summary>
public sealed class JournalFormatterTests
{
    private static readonly Instant Start = Instant.FromUtc(2026, 1, 5, 0, 0);

    [Theory]
    [InlineData("vault-a", "vm-1", "vault-a/vm-1")]
    [InlineData(null, "vm-1", "vm-1")]
    [InlineData("vault-a", null, "vault-a")]
    [InlineData(null, null, "-")]
    public void Should_NameTheVaultAndItemTheEventConcerns(string? vault, string? item, string text)
    {
        JournalFormatter.ItemText(vault, item).ShouldBe(text);
    }

    [Fact]
    public void Should_NameTheVault_When_AVaultIsCreated()
    {
        // Given
        var created = new VaultCreated(Start, "vault-a", "westeurope", "GeoRedundant");

        // When
        var line = JournalFormatter.Format(created);

        // Then
        line.ShouldBe($"2026-01-05T00:00:00Z  {"vault-a",-34} -         Vault created          westeurope GeoRedundant");
    }
}
