using Simulator.Tui.Dashboard;

namespace Simulator.Tests.Dashboard;

/// <summary>Where a list's cursor goes when the world changes the list under it.</summary>
public sealed class CursorAnchorTests
{
    [Fact]
    public void Should_FollowTheRow_When_RowsArriveAboveIt()
    {
        // Given
        string[] before = ["a", "b", "c"];

        // When
        var index = CursorAnchor.IndexIn(before, 1, ["x", "y", "a", "b", "c"]);

        // Then
        index.ShouldBe(3);
    }

    [Fact]
    public void Should_TakeTheRowThatFollowedIt_When_TheSelectedRowLeftAsOthersArrived()
    {
        // Given b selected, and a job above it new while b itself left (a job done, under the In progress filter)
        string[] before = ["a", "b", "c", "d"];

        // When
        var index = CursorAnchor.IndexIn(before, 1, ["x", "a", "c", "d"]);

        // Then the cursor is on c, which took b's place, not on a, which an index kept would show
        index.ShouldBe(2);
    }

    [Fact]
    public void Should_TakeTheRowBeforeIt_When_TheSelectedLastRowLeft()
    {
        // Given
        string[] before = ["a", "b", "c"];

        // When
        var index = CursorAnchor.IndexIn(before, 2, ["x", "a", "b"]);

        // Then
        index.ShouldBe(2);
    }

    [Fact]
    public void Should_LeaveTheCursor_When_NoRowOfTheListIsLeft()
    {
        // Given
        string[] before = ["a", "b"];

        // When
        var index = CursorAnchor.IndexIn(before, 0, ["x"]);

        // Then
        index.ShouldBeNull();
    }
}
