using System.Diagnostics;
using NodaTime;
using Simulator.Scenarios.Parsing;
using Simulator.Scenarios.Running;
using Simulator.Store.Reading;
using Simulator.Store.Recording;
using Simulator.Tests.Support;

namespace Simulator.Tests.Store;

/// <summary>A recording stopped by Ctrl+C or SIGTERM (a person, a cancelled CI job) closes its file cleanly and says so.</summary>
public sealed class StopSignalTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Should_StopBetweenTwoVirtualDays_When_TheRunIsCancelled()
    {
        // Given a session whose first finished backup asks to stop
        using var stop = new CancellationTokenSource();
        var definition = ScenarioParser.Load(StoreScenarios.LongFleet);
        var session = new ScenarioSession(definition, journal: e => { if (e is Simulator.Core.Journal.JobFinished) stop.Cancel(); });

        // When
        Should.Throw<OperationCanceledException>(() => ScenarioRunner.Run(session, cancel: stop.Token));

        // Then it stood still at the end of that day
        var start = definition.Header.Start;
        session.Simulation.Now.ShouldBeGreaterThan(start);
        ((session.Simulation.Now - start).TotalTicks % Duration.FromDays(1).TotalTicks).ShouldBe(0);
        session.IsFinished.ShouldBeFalse();
    }

    [Fact]
    public void Should_CloseTheFileAsIncompleteWithNothingBesideIt_When_ARecordingIsCancelled()
    {
        // Given
        var file = _folder.File("stopped.db");
        var definition = ScenarioParser.Load(StoreScenarios.LongFleet);
        using var stop = new CancellationTokenSource();
        stop.Cancel();

        // When
        var stopped = Should.Throw<RunInterruptedException>(() => RecordedRun.Run(file, definition, File.ReadAllText(StoreScenarios.LongFleet), cancel: stop.Token));

        // Then
        stopped.Reached.ShouldBe(definition.Header.Start);
        File.Exists(file + "-wal").ShouldBeFalse();
        File.Exists(file + "-shm").ShouldBeFalse();
        using var run = RunStore.Open(file);
        run.Summary.IsComplete.ShouldBeFalse();
        run.Summary.Reached.ShouldBe(definition.Header.Start);
    }

    [Theory]
    [InlineData("INT", 130)]
    [InlineData("TERM", 143)]
    public async Task Should_WriteWhereTheRunStoodAndExitAsTheShellExpects_When_ASignalStopsARecording(string signal, int exitCode)
    {
        // Given vaultsim recording a year
        var file = _folder.File($"signalled-{signal}.db");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "vaultsim.dll"), "run", StoreScenarios.LongFleet, "--db", file, "--quiet" })
        {
            start.ArgumentList.Add(argument);
        }

        InterruptSignal.DeliverToChildren();
        using var child = Process.Start(start)!;
        var reading = child.StandardError.ReadToEndAsync();
        _ = child.StandardOutput.ReadToEndAsync();
        var waited = Stopwatch.StartNew();
        while (!File.Exists(file) || new FileInfo(file).Length == 0)
        {
            child.HasExited.ShouldBeFalse("vaultsim ended before it was signalled");
            waited.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(60));
            Thread.Sleep(20);
        }

        // When
        Process.Start("kill", [$"-{signal}", child.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
        child.WaitForExit(TimeSpan.FromSeconds(60)).ShouldBeTrue();
        var error = await reading;

        // Then
        child.ExitCode.ShouldBe(exitCode, error);
        error.ShouldStartWith("vaultsim: stopped at ");
        error.ShouldContain($"{file} holds the run up to then, marked incomplete: 'vaultsim report {file} jobs' reads it.");
        File.Exists(file + "-wal").ShouldBeFalse();
        using var run = RunStore.Open(file);
        run.Summary.IsComplete.ShouldBeFalse();
        run.Summary.Reached.ShouldBeLessThan(run.Summary.End);
        CliRun.Of("report", file, "jobs").ExitCode.ShouldBe(0);
    }
}
