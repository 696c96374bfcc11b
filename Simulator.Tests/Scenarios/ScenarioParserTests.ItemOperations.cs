using Simulator.Scenarios.Parsing;

namespace Simulator.Tests.Scenarios;

/// <summary>An item takes one management operation at a time: a step on an item while a job the file itself started on
/// it still runs (its protection at the start, or a step above) is refused by every run, so <c>validate</c> says so.</summary>
public sealed partial class ScenarioParserTests
{
    [Fact]
    public void Should_RefuseBackupNowAtItsTime_When_TheItemIsStillInTheConfigureJobOfItsProtectionAtTheStart()
    {
        // Given: vm-web-01 is protected in vault-weu at the start, 2026-01-05T00:00:00Z
        var text = EstateWith("  - at: 2026-01-05T00:00:00Z\n    do: backupNow\n    item: vm-web-01\n");

        // When
        var errors = ErrorsOf(text);

        // Then
        var error = errors.ShouldHaveSingleItem(Describe(errors));
        error.Field.ShouldBe("timeline[0].at");
        error.Message.ShouldBe(
            "another operation is in progress on vm-web-01's item in vault 'vault-weu' when this step runs at 2026-01-05T00:00:00Z: "
            + "the ConfigureBackup job of its protection at the start runs until 2026-01-05T00:00:30Z (settings.operationDuration: 30s), "
            + "and Azure refuses another operation on an item until its job completes. Move this step to 2026-01-05T00:00:30Z or later.");
    }

    [Theory]
    [InlineData("retainForever", "+10s", "at 2026-01-06T00:00:10Z", "10s")]
    [InlineData("deleteData", "2026-01-06T00:00:29Z", "at 2026-01-06T00:00:29Z", "29s")]
    public void Should_RefuseAStopAtItsTime_When_AConfigureProtectionStepAboveStartedItsJobLessThanItsDurationBefore(string mode, string at, string runs, string shorter)
    {
        // Given
        var text = EstateWith($"""
              - at: 2026-01-06T00:00:00Z
                do: configureProtection
                item: vm-app-01
                vault: vault-weu-2
              - at: {at}
                do: stopProtection
                item: vm-app-01
                mode: {mode}

            """);

        // When
        var errors = ErrorsOf(text);

        // Then
        var error = errors.ShouldHaveSingleItem(Describe(errors));
        error.Field.ShouldBe("timeline[1].at");
        error.Message.ShouldBe(
            $"another operation is in progress on vm-app-01's item in vault 'vault-weu-2' when this step runs {runs}: "
            + $"the ConfigureBackup job of the configureProtection step at line {LineOf(text, "do: configureProtection") - 1} runs until 2026-01-06T00:00:30Z (settings.operationDuration: 30s), "
            + $"and Azure refuses another operation on an item until its job completes. Move this step to 2026-01-06T00:00:30Z or later, or set settings.operationDuration to {shorter} or less.");
    }

    [Theory]
    [InlineData("+30s")]
    [InlineData("2026-01-06T00:00:30Z")]
    public void Should_AcceptAStop_When_TheConfigureJobAboveHasCompletedByItsTime(string at)
    {
        // Given: the job completes at 00:00:30, before a step of that instant runs
        var text = EstateWith($"""
              - at: 2026-01-06T00:00:00Z
                do: configureProtection
                item: vm-app-01
                vault: vault-weu-2
              - at: {at}
                do: stopProtection
                item: vm-app-01
                mode: retainForever

            """);

        // When
        var definition = ScenarioParser.Parse(text, File);

        // Then
        definition.Steps.Count.ShouldBe(2);
    }

    [Fact]
    public void Should_AcceptAStepDuringAJob_When_TheStepExpectsItsRefusal()
    {
        // Given
        var text = EstateWith("  - at: 2026-01-05T00:00:10Z\n    do: changePolicy\n    item: vm-web-01\n    policy: Gold\n    refused: another operation is in progress\n");

        // When
        var definition = ScenarioParser.Parse(text, File);

        // Then
        definition.Steps.ShouldHaveSingleItem().ExpectRefusal.ShouldBe("another operation is in progress");
    }

    [Theory]
    [InlineData("deleteVm")]
    [InlineData("deallocateVm")]
    [InlineData("breakAgent")]
    public void Should_AcceptAVmFaultDuringAConfigureJob_When_ItActsOnTheVmNotItsItem(string verb)
    {
        // Given: vm-web-01's item runs its ConfigureBackup job until 00:00:30
        var text = EstateWith($"  - at: +10s\n    do: {verb}\n    item: vm-web-01\n");

        // When
        var definition = ScenarioParser.Parse(text, File);

        // Then
        definition.Steps.ShouldHaveSingleItem();
    }

    [Fact]
    public void Should_AcceptAStepAfterARefusedStep_When_OnlyTheRefusedStepWouldHaveStartedAJob()
    {
        // Given: refused (the item is protected, not stopped), the resume starts no ConfigureBackup job
        var text = EstateWith("""
              - at: 2026-01-05T00:05:00Z
                do: resumeProtection
                item: vm-web-01
                policy: Gold
                refused: true
              - at: +20s
                do: backupNow
                item: vm-web-01

            """);

        // When
        var definition = ScenarioParser.Parse(text, File);

        // Then
        definition.Steps.Count.ShouldBe(2);
    }

    [Fact]
    public void Should_RefuseAStepUntilTheEndTheScenarioSets_When_ItSetsTheOperationDuration()
    {
        // Given: management jobs take two minutes in this scenario
        var text = EstateWith("  - at: +90s\n    do: stopProtection\n    item: fs-01\n    mode: retainForever\nsettings:\n  operationDuration: 2m\n");

        // When
        var errors = ErrorsOf(text);

        // Then
        var error = errors.ShouldHaveSingleItem(Describe(errors));
        error.Field.ShouldBe("timeline[0].at");
        error.Message.ShouldBe(
            "another operation is in progress on fs-01's item in vault 'vault-weu' when this step runs at 2026-01-05T00:01:30Z: "
            + "the ConfigureBackup job of its protection at the start runs until 2026-01-05T00:02:00Z (settings.operationDuration: 2m), "
            + "and Azure refuses another operation on an item until its job completes. Move this step to 2026-01-05T00:02:00Z or later, or set settings.operationDuration to 1m30s or less.");
    }

    [Fact]
    public void Should_RefuseAStepNamingTheDataSourceAlone_When_ItsNewestItemIsStillInItsConfigureJob()
    {
        // Given: vm-web-01 is stopped in vault-weu and protected again in vault-weu-2, whose item its name alone now means
        var text = EstateWith("""
              - at: 2026-01-06T00:00:00Z
                do: stopProtection
                item: vm-web-01
                mode: retainForever
              - at: +1m
                do: configureProtection
                item: vm-web-01
                vault: vault-weu-2
              - at: +10s
                do: changePolicy
                item: vm-web-01
                policy: Bronze

            """);

        // When
        var errors = ErrorsOf(text);

        // Then
        var error = errors.ShouldHaveSingleItem(Describe(errors));
        error.Field.ShouldBe("timeline[2].at");
        error.Message.ShouldStartWith("another operation is in progress on vm-web-01's item in vault 'vault-weu-2' when this step runs at 2026-01-06T00:01:10Z: "
            + $"the ConfigureBackup job of the configureProtection step at line {LineOf(text, "do: configureProtection") - 1} runs until 2026-01-06T00:01:30Z");
    }

    [Fact]
    public void Should_AcceptAStepOnTheItemInAnotherVault_When_OnlyTheNewItemIsInAJob()
    {
        // Given: the old item in vault-weu finished its DisableBackup job at 00:00:30
        var text = EstateWith("""
              - at: 2026-01-06T00:00:00Z
                do: stopProtection
                item: vm-web-01
                mode: retainForever
              - at: +1m
                do: configureProtection
                item: vm-web-01
                vault: vault-weu-2
              - at: +10s
                do: deleteBackupData
                item: vault-weu/vm-web-01

            """);

        // When
        var definition = ScenarioParser.Parse(text, File);

        // Then
        definition.Steps.Count.ShouldBe(3);
    }

    [Fact]
    public void Should_RefuseProtectionInAnotherVault_When_TheOldItemsDataIsStillBeingDeleted()
    {
        // Given: vm-web-01's data in vault-weu is deleted by a step whose DeleteBackupData job runs until 00:00:30
        var text = EstateWith("""
              - at: 2026-01-06T00:00:00Z
                do: stopProtection
                item: vm-web-01
                mode: deleteData
              - at: +10s
                do: configureProtection
                item: vm-web-01
                vault: vault-weu-2
                policy: Bronze

            """);

        // When
        var errors = ErrorsOf(text);

        // Then
        var error = errors.ShouldHaveSingleItem(Describe(errors));
        error.Field.ShouldBe("timeline[1].at");
        error.Message.ShouldBe(
            "another operation is in progress on vm-web-01's item in vault 'vault-weu' when this step runs at 2026-01-06T00:00:10Z: "
            + $"the DeleteBackupData job of the stopProtection step at line {LineOf(text, "do: stopProtection") - 1} runs until 2026-01-06T00:00:30Z (settings.operationDuration: 30s), "
            + "and Azure protects a VM in no other vault while its backup data is being deleted or undeleted. Move this step to 2026-01-06T00:00:30Z or later, "
            + "or set settings.operationDuration to 10s or less; if the data goes into soft delete then, undelete it there first, or wait until it is purged.");
    }

    [Fact]
    public void Should_RefuseProtectionInAnotherVault_When_TheOldItemIsStillBeingUndeleted()
    {
        // Given: vm-web-01's data in vault-weu, deleted a day before, is undeleted by a step whose job runs until 00:00:30
        var text = UndeleteThenProtectElsewhere("+29s");

        // When
        var errors = ErrorsOf(text);

        // Then
        var error = errors.ShouldHaveSingleItem(Describe(errors));
        error.Field.ShouldBe("timeline[2].at");
        error.Message.ShouldBe(
            "another operation is in progress on vm-web-01's item in vault 'vault-weu' when this step runs at 2026-01-07T00:00:29Z: "
            + $"the Undelete job of the undelete step at line {LineOf(text, "do: undelete") - 1} runs until 2026-01-07T00:00:30Z (settings.operationDuration: 30s), "
            + "and Azure protects a VM in no other vault while its backup data is being deleted or undeleted. Move this step to 2026-01-07T00:00:30Z or later, "
            + "or set settings.operationDuration to 29s or less.");
    }

    [Fact]
    public void Should_AcceptProtectionInAnotherVault_When_TheUndeleteHasCompletedByItsTime()
    {
        // Given: undeleted, the old item is stopped with its data kept, which lets the VM be protected elsewhere
        var text = UndeleteThenProtectElsewhere("+30s");

        // When
        var definition = ScenarioParser.Parse(text, File);

        // Then
        definition.Steps.Count.ShouldBe(3);
    }

    private static string UndeleteThenProtectElsewhere(string at) => EstateWith($"""
          - at: 2026-01-06T00:00:00Z
            do: stopProtection
            item: vm-web-01
            mode: deleteData
          - at: 2026-01-07T00:00:00Z
            do: undelete
            item: vm-web-01
          - at: {at}
            do: configureProtection
            item: vm-web-01
            vault: vault-weu-2
            policy: Bronze

        """);

    /// <summary>The 1-based number of the first line of <paramref name="text"/> that holds <paramref name="part"/>.</summary>
    private static int LineOf(string text, string part) =>
        text.Split('\n').Select((line, index) => (line, index)).First(l => l.line.Contains(part, StringComparison.Ordinal)).index + 1;
}
