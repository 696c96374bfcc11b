using Simulator.Tui.Dashboard.Views;

namespace Simulator.Tests.Dashboard;

/// <summary>How the columns of a list share a row: the ones that may go give way in order, and come back where they fit.</summary>
public sealed class ColumnTests
{
    [Fact]
    public void Should_BringBackANarrowColumn_When_DroppingAWideOneAfterItFreedRoomEnough()
    {
        // Given a narrow column that goes first, and a wide one that goes next
        Column[] columns = [new("Name", 40, Flex: true), new("Narrow", 8, DropOrder: 1), new("Wide", 30, DropOrder: 2)];

        // When the row has room for the name and the narrow one only
        var widths = Column.Fit(columns, 60);

        // Then the narrow one is back, and the name takes the rest
        widths.ShouldBe([51, 8, 0]);
    }

    [Fact]
    public void Should_KeepEveryColumn_When_TheRowHasRoom()
    {
        Column[] columns = [new("Name", 12, Flex: true), new("Type", 8, DropOrder: 1)];

        Column.Fit(columns, 40).ShouldBe([31, 8]);
    }

    [Fact]
    public void Should_LeaveTheSpareWidthAfterTheLastColumn_When_TheFlexibleColumnIsAsWideAsItsValues()
    {
        // Given a name column fitted to a 17-character name
        Column[] columns = [new Column("Name", 12, Flex: true).FittedTo(17, 40), new("Type", 8)];

        // When the row is 200 wide
        var widths = Column.Fit(columns, 198);

        // Then the name grows no further than its longest value
        widths.ShouldBe([17, 8]);
    }
}
