using Simulator.Tests.Support;

namespace Simulator.Tests.Cli;

/// <summary>A step written for a time the wait before it had passed runs when the wait ends, and the replay says so.</summary>
public sealed class LateStepTests : IDisposable
{
    // The wait ends a day after the first backup completes, on 2 January; the step after it is written for noon on 1 January.
    private const string Scenario = """
        name: late-step
        seed: 3
        start: 2026-01-01T00:00:00Z
        duration: 3d
        vaults:
          - name: vault-a
            region: westeurope
        vms:
          - name: vm-1
            region: westeurope
            vault: vault-a
        timeline:
          - after: { jobCompleted: vm-1 }
            delay: 1d
            say: A day after the first backup.
          - at: 2026-01-01T12:00:00Z
            say: Written for noon on the first day.
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Should_NoteTheStepRanLate_When_TheWaitBeforeItEndsAfterItsWrittenTime()
    {
        // Given
        var path = _folder.File("late.yaml");
        File.WriteAllText(path, Scenario);

        // When
        var run = CliRun.Of("run", path);
        var show = CliRun.Of("show", path);

        // Then the run still passes, and both say where the step is, when it was written for and when it ran
        run.ExitCode.ShouldBe(0, run.Error);
        run.Error.ShouldStartWith($"note: {path}:16:5: the say step written for 2026-01-01T12:00:00Z ran at 2026-01-02T");
        run.Error.ShouldEndWith(", when the wait before it ended; the checks after it see it then.\n");
        show.Out.ShouldContain($"# note: {path}:16:5: the say step written for 2026-01-01T12:00:00Z ran at 2026-01-02T");
    }

    [Fact]
    public void Should_NoteNothing_When_EveryStepRunsAtItsWrittenTime()
    {
        // Given the same wait, with the step after it written for the last day
        var path = _folder.File("on-time.yaml");
        File.WriteAllText(path, Scenario.Replace("2026-01-01T12:00:00Z", "2026-01-03T12:00:00Z", StringComparison.Ordinal));

        // When
        var run = CliRun.Of("run", path);

        // Then
        run.ExitCode.ShouldBe(0, run.Error);
        run.Error.ShouldBeEmpty();
    }
}
