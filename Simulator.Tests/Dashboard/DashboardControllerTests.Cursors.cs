using Simulator.Tests.Support;
using Simulator.Tui.Dashboard;
using Simulator.Tui.Dashboard.Views;

namespace Simulator.Tests.Dashboard;

/// <summary>Where the cursors stand after a key that changes a list around them, or that cannot move.</summary>
public sealed partial class DashboardControllerTests
{
    [Fact]
    public void Should_LeaveTheOtherCursors_When_UpCannotMoveFromTheFirstVault()
    {
        // Given the cursor on vm-legacy-01 (the third item) and on the second job, then the focus on the only vault
        var state = Demo().Type("jj").Press(Keys.Tab).Type("j").Press(Keys.Tab);
        state.Focus.ShouldBe(Pane.Vaults);

        // When ↑ is pressed where the vault cursor can't move
        var pressed = state.Press(Keys.Up);

        // Then nothing changes: back on the items, the cursor is on the item it was on
        (pressed.VaultCursor, pressed.ItemCursor, pressed.JobCursor).ShouldBe((state.VaultCursor, state.ItemCursor, state.JobCursor));
        var screen = ConsoleText.Render(DashboardView.Render(pressed.Press(Keys.Tab), 120, 40), 120, 40);
        screen.ShouldContain("› vm-legacy-01");
    }
}
