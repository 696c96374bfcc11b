using Simulator.Core;

namespace Simulator.Tests.Core;

/// <summary>The "did you mean" hint every refusal of a mistyped word gives.</summary>
public sealed class SpellingTests
{
    [Theory]
    [InlineData("unitl", "until")]
    [InlineData("--unitl", "--until")]
    [InlineData("Faield", "Failed")]
    [InlineData("vm-web-10", "vm-web-01")]
    public void Should_MeanTheWordWithTwoLettersSwapped_When_AnotherIsAsFarByInsertsAndDeletes(string typed, string meant)
    {
        // Given words one swap from what was typed, and others two inserts or deletes from it, listed first
        string[] candidates = ["junit", "--junit", "Fail", "vm-db-10", "until", "--until", "Failed", "vm-web-01"];

        // When
        var closest = Spelling.Closest(typed, candidates);

        // Then
        closest.ShouldBe(meant);
    }

    [Fact]
    public void Should_MeanNothing_When_NoWordIsClose()
    {
        // When
        var closest = Spelling.Closest("frobnicate", ["until", "junit", "json"]);

        // Then
        closest.ShouldBeNull();
    }
}
