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
}
