using NodaTime;

namespace Simulator.Tests.Dashboard;

/// <summary>Ctrl+Z suspends the dashboard: the loop leaves its screen and stops, and the time stopped is not played.</summary>
public sealed partial class DashboardDriverTests
{
    [Fact]
    public void Should_AskTheLoopToSuspend_When_CtrlZIsPressed()
    {
        // Given a prompt open, where every other control key would only say what the prompt takes
        var driver = NewDriver();
        _input.Enqueue(Keys.Text("g"));
        driver.Tick(120, 40);

        // When
        _input.Enqueue([Keys.CtrlZ]);
        driver.Tick(120, 40);

        // Then
        driver.SuspendRequested.ShouldBeTrue();
        driver.State.Status.ShouldBeNull();
    }

    [Fact]
    public void Should_NotPlayTheTimeSpentSuspended_When_Resumed()
    {
        // Given a day per second, suspended for ten minutes
        var driver = NewDriver();
        _input.Enqueue([.. Keys.Text("+")]);
        driver.Tick(120, 40);
        _input.Enqueue([Keys.CtrlZ]);
        driver.Tick(120, 40);
        var stopped = driver.State.World.Now;
        _wall.Advance(TimeSpan.FromMinutes(10));

        // When
        driver.Resumed();
        _wall.Advance(TimeSpan.FromSeconds(1));
        driver.Tick(120, 40);

        // Then only the second after the resume is played
        driver.SuspendRequested.ShouldBeFalse();
        driver.State.World.Now.ShouldBe(stopped + Duration.FromDays(1));
    }

    [Fact]
    public void Should_SaySoAndStay_When_NoShellCouldResumeTheDashboard()
    {
        // Given
        var driver = NewDriver();
        _input.Enqueue([Keys.CtrlZ]);
        driver.Tick(120, 40);

        // When
        driver.CannotSuspend();

        // Then
        driver.SuspendRequested.ShouldBeFalse();
        driver.State.Status.ShouldNotBeNull().Text.ShouldStartWith("Ctrl+Z can't suspend here");
    }
}
