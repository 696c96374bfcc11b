using Simulator.Tui.Cli;

namespace Simulator.Tests.Cli;

/// <summary>Whole-number options read thousands grouped as people write them, and refuse a slip in the grouping.</summary>
public sealed class CliNumbersTests
{
    [Theory]
    [InlineData("100", 100)]
    [InlineData("10,000", 10_000)]
    [InlineData("10_000", 10_000)]
    [InlineData("1,000,000", 1_000_000)]
    public void Should_ReadTheNumber_When_ItsThousandsAreGroupedInThrees(string text, int expected) =>
        CliNumbers.Parse(text, "--vms", 1, 1_000_000).ShouldBe(expected);

    [Theory]
    [InlineData("1,0,0")]
    [InlineData("10,00")]
    [InlineData(",100")]
    [InlineData("100,")]
    [InlineData("1__000")]
    public void Should_RefuseIt_When_TheGroupingIsNotInThrees(string text) =>
        Should.Throw<CliInputException>(() => CliNumbers.Parse(text, "--vms", 1, 1_000_000))
            .Message.ShouldBe($"--vms: '{text}' is not a whole number; allowed is a whole number from 1 to 1,000,000.");
}
