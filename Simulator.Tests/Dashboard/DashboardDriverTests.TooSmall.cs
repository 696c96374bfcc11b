using Simulator.Tests.Support;

namespace Simulator.Tests.Dashboard;

/// <summary>While the window is too small, the screen shows only the way out, and only that key acts.</summary>
public sealed partial class DashboardDriverTests
{
    [Fact]
    public void Should_DeleteNothing_When_TheDeleteKeysAreTypedWhileTheWindowIsTooSmall()
    {
        // Given a paused dashboard whose window has shrunk below the minimum
        var driver = NewDriver();
        _input.Enqueue(Keys.Text(" "));
        driver.Tick(80, 24);
        ConsoleText.Render(driver.Tick(50, 15).ShouldNotBeNull(), 50, 15).ShouldStartWith("Window too small");

        // When X, the VM's name and Enter are typed blind, and the window is enlarged again
        _input.Enqueue([.. Keys.Text("Xvm-batch-01"), Keys.Enter]);
        driver.Tick(50, 15);
        var screen = ConsoleText.Render(driver.Tick(80, 24).ShouldNotBeNull(), 80, 24);

        // Then nothing was deleted
        screen.ShouldNotContain("Delete the VM");
        screen.ShouldNotContain("Deleted");
    }

    [Fact]
    public void Should_ChangeNothing_When_KeysOtherThanQAreTypedWhileTheWindowIsTooSmall()
    {
        // Given a paused dashboard whose window has shrunk below the minimum
        var driver = NewDriver();
        _input.Enqueue(Keys.Text(" "));
        driver.Tick(80, 24);
        var before = driver.State;
        var events = before.World.Log.Total;
        driver.Tick(50, 15);

        // When space, +, n, Tab and ? are pressed
        _input.Enqueue([.. Keys.Text(" +n"), Keys.Tab, .. Keys.Text("?")]);
        var frame = driver.Tick(50, 15) ?? driver.Redraw(50, 15);

        // Then the screen still asks for a larger window, and nothing moved
        ConsoleText.Render(frame, 50, 15).ShouldStartWith("Window too small");
        driver.Tick(80, 24);
        driver.State.ShouldBe(before);
        driver.State.World.Log.Total.ShouldBe(events);
    }

    [Fact]
    public void Should_Quit_When_QIsPressedWhileTheWindowIsTooSmall()
    {
        // Given
        var driver = NewDriver();
        driver.Tick(50, 15);

        // When
        _input.Enqueue(Keys.Text("q"));
        driver.Tick(50, 15);

        // Then
        driver.State.Quit.ShouldBeTrue();
    }
}
