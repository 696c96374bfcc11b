using Simulator.Core.Journal;
using Simulator.Scenarios.Parsing;
using Simulator.Scenarios.Running;

namespace Simulator.Tests.Scenarios;

/// <summary>A step's action carried out on the core, and the refusal it reports when its item can't be found.</summary>
public sealed class ScenarioActionsTests
{
    // One VM protected in vault-a; vault-b, of its region, has never protected it.
    private const string Scenario = """
        name: no-item-in-that-vault
        seed: 3
        start: 2026-04-01T00:00:00Z
        duration: 5d
        vaults:
          - name: vault-a
            region: northeurope
          - name: vault-b
            region: northeurope
        vms:
          - name: vm-1
            region: northeurope
            vault: vault-a
        timeline:
          - at: 2026-04-02T12:00:00Z
            do: backupNow
            item: vault-b/vm-1
            refused: true
        """;

    [Fact]
    public void Should_SayTheVmHasNoItemInThatVault_When_AStepNamesAVaultThatNeverProtectedIt()
    {
        // Given
        var narration = new List<string>();
        var session = new ScenarioSession(ScenarioParser.Parse(Scenario, "no-item.yaml"), journal: e =>
        {
            if (e is Narration n)
            {
                narration.Add(n.Text);
            }
        });

        // When
        session.RunToEnd();

        // Then the refusal says where the VM's item is, rather than that no vault protects it
        narration.ShouldContain("Refused: BackupNow on 'vault-b/vm-1' refused: 'vm-1' has no item in vault 'vault-b' (never protected there, or its backup data there has been purged); its items are in 'vault-a'.");
    }
}
