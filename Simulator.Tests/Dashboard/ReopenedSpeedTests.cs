using NodaTime;
using Simulator.Scenarios;
using Simulator.Tests.Support;
using Simulator.Tui.Cli;
using Simulator.Tui.Dashboard;
using Simulator.Tui.Dashboard.Live;

namespace Simulator.Tests.Dashboard;

/// <summary><c>vaultsim tui --db</c>: a reopened lab plays at the speed it was left at, as its header shows.</summary>
public sealed class ReopenedSpeedTests : IDisposable
{
    private static readonly Instant Stopped = Instant.FromUtc(2026, 3, 3, 9, 30);

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("+", "1 day/s")]
    [InlineData("--", "1 min/s")]
    [InlineData("+-", "1 h/s")] // the last speed chosen, not the first
    public void Should_OpenPausedAtTheSpeedItWasLeftAt_When_ALabIsReopened(string keys, string speed)
    {
        // Given a lab on the demo's second morning, set going again and sped up or slowed down, quit while running
        var path = _folder.File("lab.db");
        using (var lab = LabRecording.Start(path, BuiltInScenarios.Demo(), BuiltInScenarios.DemoText))
        {
            lab.Session.RunUntil(Stopped);
            var input = new ScriptedInput();
            var driver = Shown(lab, new NewRunFile(path, "the built-in demo", WasEmpty: false), input);
            foreach (var key in " " + keys + "q")
            {
                input.Enqueue(Keys.Text(key.ToString()));
                driver.Tick(80, 24);
            }

            driver.State.Paused.ShouldBeFalse();
        }

        // When
        using var reopened = LabRecording.Reopen(path);
        var header = Header(Shown(reopened, new ReopenedFile(path, reopened.ReopenedKind!, reopened.ReopenedSpeed)));

        // Then
        header.ShouldStartWith($" ❚❚ paused │ {speed} │ 2026-03-03 10:30:00 CET");
    }

    [Fact]
    public void Should_OpenAtTheDefaultSpeed_When_TheLabKeptNone()
    {
        // Given a lab closed without a speed chosen, as every lab recorded before speeds were kept
        var path = _folder.File("lab.db");
        using (var lab = LabRecording.Start(path, BuiltInScenarios.Demo(), BuiltInScenarios.DemoText))
        {
            lab.Session.RunUntil(Stopped);
        }

        // When
        using var reopened = LabRecording.Reopen(path);
        var header = Header(Shown(reopened, new ReopenedFile(path, reopened.ReopenedKind!, reopened.ReopenedSpeed)));

        // Then
        header.ShouldStartWith(" ❚❚ paused │ 1 h/s │ 2026-03-03 10:30:00 CET");
    }

    /// <summary>The dashboard on a lab as <c>vaultsim tui --db</c> opens it: caught up, each speed chosen recorded.</summary>
    private static DashboardDriver Shown(LabRecording lab, RunFile runFile, ScriptedInput? input = null)
    {
        var world = new DashboardWorld(lab.Session, lab.IsReadOnly);
        lab.CatchUp();
        var driver = new DashboardDriver(world, input ?? new ScriptedInput(), new ManualWallClock(), runFile);
        driver.SpeedChosen += lab.RecordSpeed;
        return driver;
    }

    private static string Header(DashboardDriver driver) => ConsoleText.Render(driver.Redraw(80, 24), 80, 24).Split('\n')[0];
}
