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
        screen[0].ShouldStartWith(" ■ stopped · read-only │ 1 h/s │ 2026-03-03 11:00:00 CET (10:00:00 UTC)");
        screen[^2].ShouldNotContain("backup now");
        screen[^1].ShouldNotContain("space pause");
    }

    /// <summary>The demo recorded headless up to its second morning, reopened as <c>vaultsim tui --db</c> opens it.</summary>
    private DashboardState Reopened()
    {
        var path = _folder.File("run.db");
        CliRun.Of("run", Path.Combine(RepositoryFiles.Scenarios, "demo.yaml"), "--db", path, "--until", Until).ExitCode.ShouldBe(0);
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
