namespace Simulator.Tests.Scenarios;

/// <summary>A name defined twice is reported at once, even when the entry that repeats it has another mistake too.</summary>
public sealed partial class ScenarioParserTests
{
    [Fact]
    public void Should_ReportTheDuplicateNameWithTheOtherMistake_When_AVmRepeatsANameAndLacksItsRegion()
    {
        // Given the reported file's world: vms[1] is vm-a again, with no region; vms[2] the same name in capitals
        const string text = """
            name: dup
            start: 2026-03-02T00:00:00Z
            duration: 3d
            vaults:
              - name: vault-x
                region: westeurope
            vms:
              - name: vm-a
                vault: vault-x
              - name: vm-a
                os: Linux
              - name: VM-A
            """;

        // When
        var errors = ErrorsOf(text).Select(e => $"{e.Line}:{e.Field}: {e.Message}").ToList();

        // Then both mistakes of each repeating entry are told in one pass, not the duplicate only after the region is fixed
        errors.ShouldBe(
        [
            "10:vms[1]: 'region' is required for a VM that no vault protects at the start.",
            "10:vms[1].name: 'vm-a' is already the name of vms[0] at line 8; the names of VMs and MARS servers are unique, whatever their case: rename one of the two.",
            "12:vms[2]: 'region' is required for a VM that no vault protects at the start.",
            "12:vms[2].name: 'VM-A' is already the name of vms[0] at line 8 ('vm-a'); the names of VMs and MARS servers are unique, whatever their case: rename one of the two.",
        ]);
    }

    [Fact]
    public void Should_ReportTheDuplicateName_When_TheFirstVmOfThatNameHasAMistake()
    {
        // Given
        const string text = """
            name: dup
            start: 2026-03-02T00:00:00Z
            duration: 3d
            vms:
              - name: vm-a
                os: Linux
              - name: vm-a
                region: westeurope
            """;

        // When
        var errors = ErrorsOf(text).Select(e => $"{e.Line}:{e.Field}: {e.Message}").ToList();

        // Then
        errors.ShouldBe(
        [
            "5:vms[0]: 'region' is required for a VM that no vault protects at the start.",
            "7:vms[1].name: 'vm-a' is already the name of vms[0] at line 5; the names of VMs and MARS servers are unique, whatever their case: rename one of the two.",
        ]);
    }

    [Fact]
    public void Should_ReportTheDuplicateName_When_AMarsServerRepeatsANameAndLacksItsVault()
    {
        // Given
        const string text = """
            name: dup
            start: 2026-03-02T00:00:00Z
            duration: 3d
            vms:
              - name: box-1
                region: westeurope
            marsServers:
              - name: box-1
            """;

        // When
        var errors = ErrorsOf(text).Select(e => $"{e.Line}:{e.Field}: {e.Message}").ToList();

        // Then
        errors.ShouldBe(
        [
            "8:marsServers[0].vault: 'vault' is required here.",
            "8:marsServers[0].name: 'box-1' is already the name of vms[0] at line 5; the names of VMs and MARS servers are unique, whatever their case: rename one of the two.",
        ]);
    }

    [Fact]
    public void Should_ReportTheDuplicateName_When_AVaultRepeatsANameAndLacksItsRegion()
    {
        // Given
        const string text = """
            name: dup
            start: 2026-03-02T00:00:00Z
            duration: 3d
            vaults:
              - name: vault-x
              - name: vault-x
                region: westeurope
            """;

        // When
        var errors = ErrorsOf(text).Select(e => $"{e.Line}:{e.Field}: {e.Message}").ToList();

        // Then
        errors.ShouldBe(
        [
            "5:vaults[0].region: 'region' is required here.",
            "6:vaults[1].name: 'vault-x' is already the name of vaults[0] at line 5; vault names are unique, whatever their case: rename one of the two.",
        ]);
    }

    [Fact]
    public void Should_ReportTheDuplicateName_When_AnInlinePolicyRepeatsANameAndHasAnotherMistake()
    {
        // Given
        const string text = """
            name: dup
            start: 2026-03-02T00:00:00Z
            duration: 3d
            vaults:
              - name: vault-x
                region: westeurope
                policies:
                  - name: Gold
                    schedule: { frequency: Daily, times: ["02:00"] }
                    retention: { daily: { days: 30 } }
                  - name: gold
                    schedule: { frequency: Daily, times: ["02:00"] }
            """;

        // When
        var errors = ErrorsOf(text).Select(e => $"{e.Line}:{e.Field}: {e.Message}").ToList();

        // Then
        errors.ShouldContain("11:vaults[0].policies[1].name: 'gold' is already the name of vaults[0].policies[0] at line 8 ('Gold'); a vault's policy names are unique, whatever their case: rename one of the two.");
        errors.Count.ShouldBe(2, string.Join("\n", errors));
    }

    [Fact]
    public void Should_ReportOnlyTheDuplicateName_When_AStepNamesAVmDefinedTwiceAndOnlyTheSecondIsProtected()
    {
        // Given vm-a defined twice: first unprotected, then protected, which is the one the step means
        const string text = """
            name: dup
            start: 2026-03-02T00:00:00Z
            duration: 3d
            vaults:
              - name: vault-x
                region: westeurope
            vms:
              - name: vm-a
                region: westeurope
              - name: vm-a
                vault: vault-x
            timeline:
              - at: +1h
                do: backupNow
                item: vm-a
            """;

        // When
        var errors = ErrorsOf(text).Select(e => $"{e.Line}:{e.Field}: {e.Message}").ToList();

        // Then the repeated name is the one mistake, not also "nothing protects it at the start", which line 10 does
        errors.ShouldBe(["10:vms[1].name: 'vm-a' is already the name of vms[0] at line 8; the names of VMs and MARS servers are unique, whatever their case: rename one of the two."]);
    }
    [Fact]
    public void Should_SayEveryVaultHasDefaultPolicy_When_AFileDefinesAPolicyOfThatName()
    {
        // Given a trainer who means to write the vault's default policy out
        const string text = """
            name: dup
            start: 2026-03-02T00:00:00Z
            duration: 3d
            vaults:
              - name: vault-x
                region: westeurope
                policies:
                  - name: DefaultPolicy
                    schedule: { frequency: Daily, times: ["03:00"] }
                    retention: { daily: { days: 7 } }
            """;

        // When
        var errors = ErrorsOf(text).Select(e => $"{e.Line}:{e.Field}: {e.Message}").ToList();

        // Then it is told where that policy comes from, and what to do instead
        errors.ShouldBe(["8:vaults[0].policies[0].name: every vault is created with a policy named 'DefaultPolicy' (daily at 02:00 UTC, 30 days); give this one another name, or change that one with an updatePolicy step."]);
    }
}
