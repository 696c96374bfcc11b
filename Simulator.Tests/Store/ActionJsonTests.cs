using System.Text.Json;
using Simulator.Scenarios.Model;
using Simulator.Store.Recording;

namespace Simulator.Tests.Store;

/// <summary>A person's action is stored so that reopening a lab replays exactly that action.</summary>
public sealed class ActionJsonTests
{
    [Fact]
    public void Should_KeepTheJobAPersonCancelled_When_TheActionIsStoredAndReadBack()
    {
        // Given the dashboard's cancel of one job, picked in the job list
        var cancel = new ScenarioAction(ActionVerb.CancelJob) { Item = "vault-a/vm-1", JobId = "5c45829d-0000-4000-8000-000000000001" };

        // When
        var read = ActionJson.Read(ActionJson.Write(cancel));

        // Then the replay cancels that job, not whichever of the item's jobs runs then
        read.JobId.ShouldBe(cancel.JobId);
        read.Item.ShouldBe("vault-a/vm-1");
    }

    [Fact]
    public void Should_ReadAnActionStoredWithoutAJob_When_ItWasRecordedBeforeJobsWereKept()
    {
        var read = ActionJson.Read("""{"Verb":"CancelJob","Item":"vm-1","Vault":null,"Policy":null,"Mode":"RetainForever","RetainUntil":null,"Count":0,"Throughput":0,"Redundancy":"GeoRedundant","Enabled":false,"Days":0}""");

        read.Verb.ShouldBe(ActionVerb.CancelJob);
        read.JobId.ShouldBeNull();
    }

    [Fact]
    public void Should_RefuseTheRow_When_AnActionNamesTheVerbThatCarriesAWholePolicy()
    {
        // Given a row edited to UpdatePolicy, which a recording never writes: replayed, it saved no policy at all and failed with a stack trace
        const string Edited = """{"Verb":"UpdatePolicy","Item":null,"Vault":"vault-a","Policy":"DefaultPolicy","Mode":"RetainForever","RetainUntil":null,"Count":0,"Throughput":0,"Redundancy":"GeoRedundant","Enabled":false,"Days":0}""";

        // When / Then it is refused as a cell that vaultsim did not write, which the reader tells with its table and row
        Should.Throw<JsonException>(() => ActionJson.Read(Edited));
    }
}
