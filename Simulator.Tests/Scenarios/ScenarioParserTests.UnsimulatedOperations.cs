namespace Simulator.Tests.Scenarios;

public sealed partial class ScenarioParserTests
{
    [Theory]
    [InlineData("job: { item: vm-web-01, operation: Restore }\n    status: Completed", "check.yaml:20:40: expect[0].job.operation: restores are not simulated, so no run has a Restore job; the operations simulated are ConfigureBackup, Backup, DisableBackup, DeleteBackupData, Undelete.")]
    [InlineData("jobs: { operation: restore }\n    count: 0", "check.yaml:20:24: expect[0].jobs.operation: restores are not simulated, so no run has a Restore job; the operations simulated are ConfigureBackup, Backup, DisableBackup, DeleteBackupData, Undelete.")]
    [InlineData("jobs: { operation: Cross Region Restore }\n    count: 0", "check.yaml:20:24: expect[0].jobs.operation: restores are not simulated, to the secondary region neither, so no run has a CrossRegionRestore job; the operations simulated are ConfigureBackup, Backup, DisableBackup, DeleteBackupData, Undelete.")]
    [InlineData("jobs: { operation: UpdateCustomerManagedKey }\n    count: 0", "check.yaml:20:24: expect[0].jobs.operation: customer-managed keys are not simulated, so no run has an UpdateCustomerManagedKey job; the operations simulated are ConfigureBackup, Backup, DisableBackup, DeleteBackupData, Undelete.")]
    public void Should_SayTheOperationIsNotSimulated_When_AJobExpectationNamesAnAzureOperationVaultsimDoesNotRun(string expectation, string message)
    {
        // Given: Azure lists these jobs, and "is not one of" read as if the operation did not exist
        var text = WithExpectation(expectation);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.ShouldHaveSingleItem(Describe(errors)).ToString().ShouldBe(message);
    }

    [Theory]
    [InlineData("jobs: { item: vm-web-01, operation: resumeProtection }\n    count: 0", "check.yaml:20:41: expect[0].jobs.operation: 'resumeProtection' is an action, not a job's operation: resuming protection is recorded as a ConfigureBackup job; the operations are ConfigureBackup, Backup, DisableBackup, DeleteBackupData, Undelete.")]
    [InlineData("jobs: { operation: stopProtection }\n    count: 0", "check.yaml:20:24: expect[0].jobs.operation: 'stopProtection' is an action, not a job's operation: stopping protection is recorded as a DisableBackup job, or a DeleteBackupData job where its data is deleted; the operations are ConfigureBackup, Backup, DisableBackup, DeleteBackupData, Undelete.")]
    public void Should_SayTheOperationItsJobsAreRecordedAs_When_AJobExpectationNamesAnAction(string expectation, string message)
    {
        // Given a step's verb where a job's operation goes
        var text = WithExpectation(expectation);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.ShouldHaveSingleItem(Describe(errors)).ToString().ShouldBe(message);
    }

    [Theory]
    [InlineData("do: restore", "'restore' is not an action vaultsim runs: restores are not simulated, so no run has a Restore job. The actions are backupNow, ")]
    [InlineData("do: Cross Region Restore", "'Cross Region Restore' is not an action vaultsim runs: restores are not simulated, to the secondary region neither, so no run has a CrossRegionRestore job. The actions are backupNow, ")]
    public void Should_SayRestoresAreNotSimulated_When_AStepAsksForOne(string step, string start)
    {
        // Given a trainer's lesson that restores the VM it backed up
        var text = World + $"""
            timeline:
              - at: 2026-01-06T09:00:00Z
                item: vm-web-01
                {step}
            """;

        // When
        var errors = ErrorsOf(text);

        // Then it is told that restores are not simulated, not only that the word is no action
        errors.ShouldHaveSingleItem(Describe(errors)).Field.ShouldBe("timeline[0].do");
        errors[0].Message.ShouldStartWith(start);
        errors[0].Message.ShouldContain("setCrossRegionRestore.");
    }
}
