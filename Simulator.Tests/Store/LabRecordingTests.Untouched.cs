using NodaTime;
using Simulator.Core.Service;
using Simulator.Scenarios;
using Simulator.Scenarios.Model;
using Simulator.Tests.Support;
using Simulator.Tui.Cli;

namespace Simulator.Tests.Store;

/// <summary>A lab whose reopening is refused keeps its schema: refusing is reading, not writing.</summary>
public sealed partial class LabRecordingTests
{
    [Fact]
    public void Should_KeepTheIndexOfThePointsAlive_When_ARecordedActionIsRefusedOnReplay()
    {
        // Given a closed lab, with its index of the points alive, whose recorded action was edited to name a VM the scenario does not have
        var path = _folder.File("lab.db");
        using (var lab = LabRecording.Start(path, BuiltInScenarios.Demo(), BuiltInScenarios.DemoText))
        {
            lab.Session.RunUntil(Stopped - Duration.FromHours(1));
            lab.Session.Perform(new ScenarioAction(ActionVerb.BackupNow) { Item = "vm-batch-01" });
            lab.Session.RunUntil(Stopped);
        }

        SqliteFiles.Execute(path, "UPDATE actions SET json = replace(json, 'vm-batch-01', 'vm-gone')");
        const string Index = "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'recovery_points_item'";
        SqliteFiles.Scalar(path, Index).ShouldBe(1);

        // When
        var reopened = LabRecording.Reopen(path);
        Should.Throw<OperationRefusedException>(reopened.CatchUp);
        reopened.Dispose();

        // Then
        SqliteFiles.Scalar(path, Index).ShouldBe(1);
    }
}
