using NodaTime;
using Simulator.Core.Journal;
using Simulator.Scenarios.Model;
using Simulator.Scenarios.Parsing;
using Simulator.Scenarios.Running;

namespace Simulator.Tests.Scenarios;

/// <summary>A step's action carried out on the core, and the refusal it reports when its item can't be found or it would change nothing.</summary>
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
        var (session, narration) = Narrated(ScenarioParser.Parse(Scenario, "no-item.yaml"));

        // When
        session.RunToEnd();

        // Then the refusal says where the VM's item is, rather than that no vault protects it
        narration.ShouldContain("Backup now on 'vault-b/vm-1' refused: 'vm-1' has no item in vault 'vault-b' (never protected there, or its backup data there has been purged); its items are in 'vault-a'.");
    }

    [Theory]
    [InlineData("vm-1", "", "Backup now on 'vm-1' refused: its backup data in vault 'vault-a' was purged at 2026-04-02T12:00:30Z; nothing of it is left to act on. Protect it again to back it up anew.")]
    [InlineData("vault-a/vm-1", "", "Backup now on 'vault-a/vm-1' refused: its backup data in vault 'vault-a' was purged at 2026-04-02T12:00:30Z; nothing of it is left to act on. Protect it again to back it up anew.")]
    [InlineData("vm-1", "  - { at: 2026-04-02T11:00:00Z, do: deleteVm, item: vm-1 }\n", "Backup now on 'vm-1' refused: its backup data in vault 'vault-a' was purged at 2026-04-02T12:00:30Z; nothing of it is left to act on. Re-create it with the same name and resource group, then protect it again to back it up anew.")]
    public void Should_SayWhenAndWhereTheDataWasPurged_When_AStepNamesAnItemWhoseDataIsGone(string named, string before, string said)
    {
        // Given vm-1's data deleted in a vault without soft delete (its VM deleted first, or not), then a Backup now on it
        var definition = ScenarioParser.Parse(OneVm("purged").Replace("    region: northeurope\nvms:", "    region: northeurope\n    softDelete: false\nvms:", StringComparison.Ordinal) + before + $$"""
              - { at: 2026-04-02T12:00:00Z, do: stopProtection, item: vm-1, mode: deleteData }
              - { at: 2026-04-03T12:00:00Z, do: backupNow, item: {{named}}, refused: true }
            """, "purged.yaml");
        var (session, narration) = Narrated(definition);

        // When
        session.RunToEnd();

        // Then the refusal says the purge happened and when, not only that it may have, and a way out that works
        narration.ShouldContain(said);
    }

    [Fact]
    public void Should_SayTheStepWasAccepted_When_AStepExpectedToBeRefusedIsAccepted()
    {
        // Given a Backup now expected to be refused as a second one, yet the first
        var definition = ScenarioParser.Parse(OneVm("accepted-after-all") + """
              - at: 2026-04-02T12:00:00Z
                do: backupNow
                item: vm-1
                say: A second Backup now is refused while the first runs.
                refused: in progress
            """, "accepted-after-all.yaml");
        var (session, narration) = Narrated(definition);

        // When
        session.RunToEnd();

        // Then the journal does not leave the say: standing beside a job that started
        narration.ShouldBe(
        [
            "A second Backup now is refused while the first runs.",
            "Not as the scenario expected: its backupNow step was accepted, where it expected a refusal ('in progress').",
        ]);
    }

    [Fact]
    public void Should_SayAPersonsActionsCameFirst_When_AStepExpectedToBeRefusedIsAcceptedAfterThem()
    {
        // Given a step that stops vm-1 expecting a refusal, and a person who took a Backup now of it before
        var definition = ScenarioParser.Parse(OneVm("lab-changed-it") + """
              - at: 2026-04-02T12:00:00Z
                do: stopProtection
                item: vm-1
                mode: retainForever
                refused: already stopped
            """, "lab-changed-it.yaml");
        var (session, narration) = Narrated(definition);
        session.RunUntil(Instant.FromUtc(2026, 4, 2, 11, 0));
        session.Perform(new ScenarioAction(ActionVerb.BackupNow) { Item = "vm-1" });

        // When
        session.RunToEnd();

        // Then
        narration.ShouldContain("Not as the scenario expected: its stopProtection step was accepted, after the actions taken in this session, where it expected a refusal ('already stopped').");
    }

    [Fact]
    public void Should_FailTheStep_When_ItSetsTheAgentToTheStatusItHas()
    {
        // Given a step repairing an agent that is healthy, and one starting a VM that runs, neither expecting a refusal
        var definition = ScenarioParser.Parse(OneVm("same-status") + """
              - at: 2026-04-02T12:00:00Z
                do: repairAgent
                item: vm-1
              - at: +1h
                do: startVm
                item: vm-1
            """, "same-status.yaml");

        // When
        var result = ScenarioRunner.Run(definition);

        // Then each is reported as a refused step is, the agent's like the power state's
        result.Outcomes.Where(o => !o.Passed).Select(o => $"{o.Subject}: expected {o.Expected}, actual {o.Actual}").ShouldBe(
        [
            "step repairAgent: expected accepted, actual refused: the VM agent is already Healthy.",
            "step startVm: expected accepted, actual refused: the VM is already Running.",
        ]);
    }

    [Fact]
    public void Should_PassTheStep_When_ItExpectsTheRefusalOfTheAgentsOwnStatus()
    {
        // Given
        var definition = ScenarioParser.Parse(OneVm("same-status-expected") + """
              - at: 2026-04-02T12:00:00Z
                do: breakAgent
                item: vm-1
              - at: +1h
                do: breakAgent
                item: vm-1
                refused: already Unhealthy
            """, "same-status-expected.yaml");

        // When
        var result = ScenarioRunner.Run(definition);

        // Then
        result.Outcomes.ShouldHaveSingleItem().Passed.ShouldBeTrue();
    }

    [Fact]
    public void Should_FailTheStep_When_ItRecreatesAVmThatExists()
    {
        // Given a step re-creating a VM that was never deleted, not expecting a refusal
        var definition = ScenarioParser.Parse(OneVm("recreate-existing") + """
              - at: 2026-04-02T12:00:00Z
                do: recreateVm
                item: vm-1
            """, "recreate-existing.yaml");

        // When
        var result = ScenarioRunner.Run(definition);

        // Then it is reported as the other VM faults that would change nothing are
        result.Outcomes.Where(o => !o.Passed).Select(o => $"{o.Subject}: expected {o.Expected}, actual {o.Actual}").ShouldBe(
        [
            "step recreateVm: expected accepted, actual refused: the VM exists; only a deleted VM can be re-created. Delete it first to play that fault.",
        ]);
    }

    [Fact]
    public void Should_PassTheStep_When_ItExpectsTheRefusalOfRecreatingAVmThatExists()
    {
        // Given
        var definition = ScenarioParser.Parse(OneVm("recreate-existing-expected") + """
              - at: 2026-04-02T12:00:00Z
                do: recreateVm
                item: vm-1
                refused: only a deleted VM
            """, "recreate-existing-expected.yaml");

        // When
        var result = ScenarioRunner.Run(definition);

        // Then
        result.Outcomes.ShouldHaveSingleItem().Passed.ShouldBeTrue();
    }

    [Fact]
    public void Should_BackTheVmUpInFullThenIncrementally_When_AStepRecreatesItAfterItWasDeleted()
    {
        // Given a VM deleted on the first day and re-created a day later
        var definition = ScenarioParser.Parse(OneVm("recreated") + """
              - at: 2026-04-01T12:00:00Z
                do: deleteVm
                item: vm-1
              - at: 2026-04-02T12:00:00Z
                do: recreateVm
                item: vm-1
            expect:
              - job: { item: vm-1, nth: 2 }
                status: Failed
                errorCode: UserErrorVmNotFoundV2
              - point: { item: vm-1, nth: 2 }
                full: true
              - point: { item: vm-1, nth: 3 }
                full: false
              - item: vm-1
                protectionState: Protected
            """, "recreated.yaml");

        // When
        var result = ScenarioRunner.Run(definition);

        // Then
        result.Outcomes.Where(o => !o.Passed).ShouldBeEmpty();
        result.Outcomes.Count.ShouldBe(5);
    }

    [Fact]
    public void Should_KeepTheVaultsSoftDeleteDays_When_AStepTurnsSoftDeleteBackOnWithoutDays()
    {
        // Given a vault keeping deleted data 30 days, whose soft delete is turned off and on again without days
        var settings = new List<string>();
        var session = new ScenarioSession(ScenarioParser.Parse(OneVm("soft-delete-back-on") + """
              - at: 2026-04-02T12:00:00Z
                do: setSoftDelete
                vault: vault-a
                enabled: true
                days: 30
              - at: +1h
                do: setSoftDelete
                vault: vault-a
                enabled: false
              - at: +1h
                do: setSoftDelete
                vault: vault-a
                enabled: true
            """, "soft-delete-back-on.yaml"), journal: e =>
        {
            if (e is VaultSettingChanged { Setting: "Soft delete" } change)
            {
                settings.Add(change.Value);
            }
        });

        // When
        session.RunToEnd();

        // Then the days are the vault's, as the Azure CLI sends them when --soft-delete-duration is left out
        settings.ShouldBe(["On, 30 days", "Off", "On, 30 days"]);
        session.Simulation.FindVault("vault-a")!.SoftDeleteRetentionDays.ShouldBe(30);
    }

    /// <summary>A session of the scenario, and the narration its journal says, in order.</summary>
    private static (ScenarioSession Session, List<string> Narration) Narrated(ScenarioDefinition definition)
    {
        var narration = new List<string>();
        var session = new ScenarioSession(definition, journal: e =>
        {
            if (e is Narration n)
            {
                narration.Add(n.Text);
            }
        });
        return (session, narration);
    }

    /// <summary>A scenario named <paramref name="name"/> with one running VM with a healthy agent, protected in vault-a, up to its timeline's first step.</summary>
    private static string OneVm(string name) => $"""
        name: {name}
        seed: 3
        start: 2026-04-01T00:00:00Z
        duration: 5d
        vaults:
          - name: vault-a
            region: northeurope
        vms:
          - name: vm-1
            region: northeurope
            vault: vault-a
        timeline:

        """;
}
