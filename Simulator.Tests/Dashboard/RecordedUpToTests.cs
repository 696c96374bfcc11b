using NodaTime;
using Simulator.Tests.Support;
using Simulator.Tui.Cli;
using Simulator.Tui.Dashboard;
using Simulator.Tui.Dashboard.Views;

namespace Simulator.Tests.Dashboard;

/// <summary>
/// <c>vaultsim tui --db</c> on a run recorded with <c>run --db --until</c>: it opens read-only where the recording
/// stopped, before the scenario's end, and stays there.
/// </summary>
public sealed class RecordedUpToTests : IDisposable
{
    private const string Until = "2026-03-03T10:00:00Z";

    private static readonly Instant RecordedUpTo = Instant.FromUtc(2026, 3, 3, 10, 0);

    /// <summary>Before the demo's first backup starts: its script then waits for vm-web-01's.</summary>
    private const string EarlyUntil = "2026-03-02T01:30:00Z";

    private const string Refusal = "✗ This run was recorded up to 2026-03-03 11:00:00 CET (10:00:00 UTC) and opens read-only: its actions and its clock are off; ? lists the keys that still work.";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(" ")]
    [InlineData("n")]
    [InlineData("g")]
    public void Should_KeepTheClockWhereTheRecordingStopped_When_AClockKeyIsPressed(string key)
    {
        // Given
        var state = Reopened();

        // When
        state = state.Type(key);

        // Then the file holds nothing after that time, so the dashboard shows nothing after it either
        state.World.Now.ShouldBe(RecordedUpTo);
        state.Mode.ShouldBe(Tui.Dashboard.Input.InputMode.Main);
        Status(state).ShouldBe(Refusal);
    }

    [Fact]
    public void Should_RefuseAtOnceSayingTheRunIsReadOnly_When_AnActionKeyIsPressed()
    {
        // Given
        var state = Reopened();

        // When: Backup now on the first item, which opened its prompt and was then refused as 'the scenario ended'
        state = state.Type("b");

        // Then
        state.Mode.ShouldBe(Tui.Dashboard.Input.InputMode.Main);
        Status(state).ShouldBe(Refusal);
    }

    [Fact]
    public void Should_OfferNeitherActionsNorTheClock_When_TheRunIsBrowsed()
    {
        // Given
        var state = Reopened();

        // When
        var screen = ConsoleText.Render(DashboardView.Render(state, 120, 35), 120, 35).Split('\n');

        // Then
        screen[0].ShouldStartWith(" ■ stopped · read-only │ 2026-03-03 11:00:00 CET (10:00:00 UTC)");
        screen[^2].ShouldNotContain("backup now");
        screen[^1].ShouldNotContain("space play");
    }

    [Theory]
    [InlineData(120, "─ Narration and events (UTC) · read-only, recorded up to 03-02 01:30:00 ")]
    [InlineData(60, "─ Narration and events (UTC) · stopped at 03-02 01:30:00 ")]
    public void Should_SayWhereTheRecordingStopped_When_ItStoppedWhileTheScriptWaitedForAStep(int width, string title)
    {
        // Given the demo recorded up to its first night, while its script waits for vm-web-01's first job to start
        var state = Reopened(EarlyUntil);

        // When
        var lines = ConsoleText.Render(DashboardView.Render(state, width, 24), width, 24).Split('\n');

        // Then the log's title says what is true of a read-only run, where it said the script waits for a step that can no longer come
        lines.ShouldContain(title.PadRight(width, '─'));
    }

    /// <summary>The demo recorded headless up to its second morning (or <paramref name="until"/>), reopened as <c>vaultsim tui --db</c> opens it.</summary>
    private DashboardState Reopened(string until = Until)
    {
        var path = _folder.File("run.db");
        CliRun.Of("run", Path.Combine(RepositoryFiles.Scenarios, "demo.yaml"), "--db", path, "--until", until).ExitCode.ShouldBe(0);
        var lab = LabRecording.Reopen(path);
        var world = new DashboardWorld(lab.Session, lab.IsReadOnly);
        lab.CatchUp();
        lab.Dispose();
        return DashboardController.Opening(world, new ReopenedFile(path, lab.ReopenedKind.ShouldNotBeNull()));
    }

    /// <summary>The status line, its lines joined.</summary>
    private static string Status(DashboardState state)
    {
        var lines = ConsoleText.Render(DashboardView.Render(state, 200, 40), 200, 40).Split('\n');
        var title = Array.FindIndex(lines, l => l.StartsWith("─ Narration and events (UTC)", StringComparison.Ordinal));
        return lines[title + 2].StartsWith("  ", StringComparison.Ordinal) ? $"{lines[title + 1]} {lines[title + 2].Trim()}" : lines[title + 1].TrimEnd();
    }
}
