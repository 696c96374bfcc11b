using Simulator.Tui.Dashboard.Views;
using Spectre.Console;

namespace Simulator.Tests.Dashboard;

/// <summary>A name too long for its column is cut in the middle, so that the end where names of a series differ shows.</summary>
public sealed class MiddleCutTests
{
    [Theory]
    [InlineData("vm-web-prod-01", 13, "vm-web…rod-01")]
    [InlineData("vm-web-prod-02", 13, "vm-web…rod-02")]
    [InlineData("vm-erp-alpha-0001", 14, "vm-erp…ha-0001")]
    public void Should_KeepTheNamesEnd_When_TheColumnIsTooNarrow(string name, int width, string expected)
    {
        // Given a name longer than its column

        // When
        var cut = MiddleCut.Fit(name, width);

        // Then its start and its end show, the end taking the odd cell
        cut.ShouldBe(expected);
    }

    [Fact]
    public void Should_LeaveTheNameWhole_When_ItFits()
    {
        // Given
        const string name = "vm-web-01";

        // When
        var cut = MiddleCut.Fit(name, name.Length);

        // Then
        cut.ShouldBe(name);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(8)]
    public void Should_FillTheColumnExactly_When_WideCharactersDoNotSplitEvenly(int width)
    {
        // Given a name of two-cell characters, which can't always fill an odd share
        const string name = "漢字漢字漢字漢字-01";

        // When
        var cut = MiddleCut.Fit(name, width);

        // Then the column keeps its width, and the end shows as far as it fits
        cut.GetCellWidth().ShouldBe(width);
        cut.ShouldContain("…");
        cut.ShouldEndWith(width >= 7 ? "-01" : "1");
    }

    [Fact]
    public void Should_PadToTheColumn_When_AskedForPlainText()
    {
        // Given
        const string name = "vm-web-prod-01";

        // When
        var (cut, whole) = (MiddleCut.Padded(name, 13), MiddleCut.Padded("vm-01", 8));

        // Then
        cut.ShouldBe("vm-web…rod-01");
        whole.ShouldBe("vm-01   ");
    }
}
