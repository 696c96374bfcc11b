using NodaTime;
using Simulator.Core.Jobs;
using Simulator.Scenarios;
using Simulator.Scenarios.Model;
using Simulator.Tests.Support;
using Simulator.Tui.Cli;

namespace Simulator.Tests.Store;

/// <summary><c>vaultsim tui --db</c>: a lab keeps its state between launches, and a finished one opens read-only.</summary>
public sealed class LabRecordingTests : IDisposable
{
    private static readonly Instant Stopped = Instant.FromUtc(2026, 3, 3, 9, 30);

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Should_ContinueWhereItStopped_WithThePeoplesActions_When_ALabIsReopened()
    {
        // Given a lab run to a time, with a Backup now taken in it, then closed
        var path = _folder.File("lab.db");
        string before;
        using (var lab = LabRecording.Start(path, BuiltInScenarios.Demo(), BuiltInScenarios.DemoText, seed: null))
        {
            lab.Session.RunUntil(Stopped - Duration.FromHours(1));
            lab.Session.Perform(new ScenarioAction(ActionVerb.BackupNow) { Item = "vm-batch-01" });
            lab.Session.RunUntil(Stopped);
            before = Journal(lab);
        }

        // When
        using var reopened = LabRecording.Reopen(path);

        // Then
        reopened.IsReadOnly.ShouldBeFalse();
        reopened.Session.Simulation.Now.ShouldBe(Stopped);
        reopened.Session.Simulation.Jobs.Count(j => j.Trigger == BackupTrigger.OnDemand && j.Item.Name == "vm-batch-01").ShouldBe(1);
        Journal(reopened).ShouldBe(before);
    }

    [Fact]
    public void Should_OpenReadOnly_When_TheLabReachedItsEnd()
    {
        var path = _folder.File("finished.db");
        using (var lab = LabRecording.Start(path, BuiltInScenarios.Demo(), BuiltInScenarios.DemoText, seed: null))
        {
            lab.Session.RunToEnd();
        }

        using var reopened = LabRecording.Reopen(path);

        reopened.IsReadOnly.ShouldBeTrue();
        reopened.Session.IsFinished.ShouldBeTrue();
        reopened.Session.Simulation.Now.ShouldBe(reopened.Session.End);
    }

    [Fact]
    public void Should_RefuseAScenarioWithAnExistingLabFile_WithoutTouchingIt()
    {
        var path = _folder.File("lab.db");
        using (LabRecording.Start(path, BuiltInScenarios.Demo(), BuiltInScenarios.DemoText, seed: null))
        {
        }

        var bytes = File.ReadAllBytes(path);

        var run = CliRun.Of("tui", Path.Combine(RepositoryFiles.Scenarios, "demo.yaml"), "--db", path);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("the file already holds a lab; leave out the scenario");
        File.ReadAllBytes(path).ShouldBe(bytes);
    }

    private static string Journal(LabRecording lab)
    {
        return string.Join('\n', lab.Session.Simulation.Jobs.Select(j => $"{j.Id} {j.Status} {j.Start}"))
            + '\n' + string.Join('\n', lab.Session.Simulation.Items.SelectMany(i => i.RecoveryPoints).Select(p => $"{p.Id} {p.Item.Name} {p.Tier} {p.Time}"));
    }
}
