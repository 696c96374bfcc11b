using Simulator.Tui.Dashboard.Views;

namespace Simulator.Tests.Dashboard;

/// <summary>Which rows of a long list are on screen: the window stays while its cursor moves inside it.</summary>
public sealed class ScrollWindowTests
{
    [Theory]
    [InlineData(7, 3)]
    [InlineData(5, 3)]
    [InlineData(3, 3)]
    public void Should_KeepTheFirstRow_When_TheCursorIsStillInTheWindow(int cursor, int first)
    {
        ScrollWindow.Of(cursor, total: 48, rows: 5, top: 3).First.ShouldBe(first);
    }

    [Theory]
    [InlineData(2, 2)]
    [InlineData(10, 6)]
    public void Should_ScrollOnlyAsFarAsTheCursor_When_ItLeavesTheWindow(int cursor, int first)
    {
        ScrollWindow.Of(cursor, total: 48, rows: 5, top: 3).First.ShouldBe(first);
    }

    [Fact]
    public void Should_LeaveNoEmptyRowsUnderTheEnd_When_TheListShrank()
    {
        // Given a window that started at row 40 of a list now 42 long
        var window = ScrollWindow.Of(cursor: 41, total: 42, rows: 5, top: 40);

        // Then it shows the list's last five rows
        window.ShouldBe(new ScrollWindow(37, 5, 41));
    }
}
