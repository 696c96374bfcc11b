using NodaTime;
using Simulator.Core.Service;
using Simulator.Scenarios;
using Simulator.Scenarios.Model;
using Simulator.Store;
using Simulator.Store.Reading;
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
        var path = LabWhoseActionNamesAVmItDoesNotHave();
        const string Index = "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'recovery_points_item'";
        SqliteFiles.Scalar(path, Index).ShouldBe(1);

        // When
        var reopened = LabRecording.Reopen(path);
        Should.Throw<OperationRefusedException>(reopened.CatchUp);
        reopened.Dispose();

        // Then
        SqliteFiles.Scalar(path, Index).ShouldBe(1);
    }

    [Fact]
    public void Should_SayTheReplayDiffers_When_TheScenarioTextMakesTheRecordedActionComeAfterLaterEvents()
    {
        // Given a lab with a Backup now taken early on day 1, whose stored scenario was edited to transfer ten times faster
        var path = _folder.File("lab.db");
        using (var lab = LabRecording.Start(path, BuiltInScenarios.Demo(), BuiltInScenarios.DemoText))
        {
            lab.Session.RunUntil(Instant.FromUtc(2026, 3, 2, 3, 21, 41));
            lab.Session.Perform(new ScenarioAction(ActionVerb.BackupNow) { Item = "vm-batch-01" });
            lab.Session.RunUntil(Instant.FromUtc(2026, 3, 2, 5, 23));
        }

        SqliteFiles.Execute(path, "UPDATE runs SET scenario_text = replace(scenario_text, 'throughputMBps: 40', 'throughputMBps: 400')");

        // When
        using var reopened = LabRecording.Reopen(path);

        // Then
        Should.Throw<ReplayDiffersException>(reopened.CatchUp);
    }

    [Fact]
    public void Should_RefuseTheLabNamingTheRow_When_AVaultWasRenamedUnderItsPolicies()
    {
        // Given a closed lab whose vault was renamed by hand, so that its policy and items name a vault the file lacks
        var path = _folder.File("lab.db");
        using (var lab = LabRecording.Start(path, BuiltInScenarios.Demo(), BuiltInScenarios.DemoText))
        {
            lab.Session.RunUntil(Stopped);
        }

        SqliteFiles.Execute(path, "PRAGMA foreign_keys = OFF; UPDATE vaults SET name = 'vault-edited'");
        var before = File.ReadAllBytes(path);

        // When
        var refused = Should.Throw<RunStoreException>(() => LabRecording.Reopen(path));

        // Then
        refused.Message.ShouldContain("table 'policies', column 'vault', in the row with vault 'contoso-vault-weu' and name 'DefaultPolicy': found 'contoso-vault-weu', expected the name of a vault in table 'vaults'");
        File.ReadAllBytes(path).ShouldBe(before);
    }

    [Fact]
    public void Should_LetTheLabBeOpenedAgain_When_OpeningItFailedPartWay()
    {
        // Given a closed lab, and an opening that fails after the file was opened to be continued
        var path = _folder.File("lab.db");
        using (var lab = LabRecording.Start(path, BuiltInScenarios.Demo(), BuiltInScenarios.DemoText))
        {
            lab.Session.RunUntil(Stopped);
        }

        Should.Throw<InvalidOperationException>(() => LabRecording.Reopen(path, () => throw new InvalidOperationException("the scenario failed to build")));

        // When
        using var reopened = LabRecording.Reopen(path);

        // Then the file was closed as it was found, not held as if another vaultsim recorded into it
        reopened.IsReadOnly.ShouldBeFalse();
    }
}
