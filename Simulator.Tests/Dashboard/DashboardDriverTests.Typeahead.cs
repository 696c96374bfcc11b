using Simulator.Tui.Dashboard.Input;

namespace Simulator.Tests.Dashboard;

/// <summary>Keys typed before the dashboard was on screen (a reopened lab replays for seconds) are typed blind.</summary>
public sealed partial class DashboardDriverTests
{
    [Fact]
    public void Should_DropTheKeysTypedBeforeTheFirstFrame_When_TheDashboardOpens()
    {
        // Given b and Enter typed while the lab was still replaying: a Backup now of an item nobody saw selected
        var driver = NewLiveDriver();
        _input.Enqueue([Keys.Down, .. Keys.Text("b"), Keys.Enter]);
        driver.Redraw(120, 40);

        // When the first frame is shown and the dashboard ticks
        driver.Shown();
        driver.Tick(120, 40);

        // Then nothing was started, nothing asks, and the cursor is where the dashboard opens it
        driver.State.World.Session.PerformedActions.ShouldBeEmpty();
        driver.State.Mode.ShouldBe(InputMode.Main);
        driver.State.ItemCursor.ShouldBe(0);
    }

    [Fact]
    public void Should_ActOnTheKeysTypedMeanwhile_When_TheDashboardIsDrawnAfreshAfterAResize()
    {
        // Given a dashboard on screen, and a space typed as the terminal was resized
        var driver = NewLiveDriver();
        driver.Redraw(120, 40);
        driver.Shown();
        driver.Tick(120, 40);
        _input.Enqueue(Keys.Text(" "));

        // When the fresh live display of the new size shows its first frame
        driver.Redraw(100, 40);
        driver.Shown();
        driver.Tick(100, 40);

        // Then the space was seen on the screen before, and pauses
        driver.State.Paused.ShouldBeTrue();
    }
}
