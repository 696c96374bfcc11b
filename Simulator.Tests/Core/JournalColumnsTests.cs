using Simulator.Core.Journal;

namespace Simulator.Tests.Core;

/// <summary>The journal's vault/item column: fitted to the longest name, from 34 to 64 characters, longer names cut in the middle.</summary>
public sealed class JournalColumnsTests
{
    [Theory]
    [InlineData(new[] { "vault-a/vm-1" }, 34)]
    [InlineData(new string[0], 34)]
    [InlineData(new[] { "vault-a/vm-1", "contoso-vault-weu/vm-application-29" }, 35)]
    [InlineData(new[] { "a-vault-whose-name-is-fifty-characters-long-000000/vm-1" }, 55)]
    [InlineData(new[] { "a-vault-whose-name-is-fifty-characters-long-000000/a-vm-whose-name-is-sixty-four-characters-long-0000000000000000" }, 64)]
    public void Should_FitTheLongestName_WithinTheNarrowestAndWidestColumn(string[] items, int width)
    {
        // When
        var columns = JournalColumns.Fitting(items);

        // Then
        columns.ItemWidth.ShouldBe(width);
    }

    [Theory]
    [InlineData(33)]
    [InlineData(65)]
    public void Should_RefuseAWidthOutsideTheColumnsLimits(int width)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new JournalColumns(width));
    }
}
