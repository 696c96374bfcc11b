using Simulator.Core.Journal;

namespace Simulator.Tests.Core;

/// <summary>The journal's columns: the vault/item column fitted to the longest name, from 34 to 64 characters, the what
/// column to the longest what, from 22 to 48; longer texts cut in the middle.</summary>
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
        var columns = JournalColumns.Fitting(items, []);

        // Then
        columns.ItemWidth.ShouldBe(width);
    }

    [Theory]
    [InlineData(new string[0], 22)]
    [InlineData(new[] { "Policy DefaultPolicy" }, 22)]
    [InlineData(new[] { "Policy DefaultPolicy", "Policy Enhanced-Hourly-4h-Window" }, 32)]
    [InlineData(new[] { "Policy Enhanced-Hourly-every-4-hours-window-08-to-20-keep-30-days" }, 48)]
    public void Should_FitTheLongestWhat_WithinTheNarrowestAndWidestColumn(string[] whats, int width)
    {
        // When
        var columns = JournalColumns.Fitting([], whats);

        // Then
        columns.WhatWidth.ShouldBe(width);
    }

    [Theory]
    [InlineData(33, 22)]
    [InlineData(65, 22)]
    [InlineData(34, 21)]
    [InlineData(34, 49)]
    public void Should_RefuseAWidthOutsideTheColumnsLimits(int itemWidth, int whatWidth)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new JournalColumns(itemWidth, whatWidth));
    }
}
