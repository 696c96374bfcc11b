using Simulator.Tests.Support;
using Simulator.Tui.Cli;

namespace Simulator.Tests.Cli;

/// <summary>A mistyped word on the command line is told what it probably meant, as a mistyped word of a scenario is.</summary>
public sealed class CliChoicesTests
{
    private static readonly string[] Statuses = ["InProgress", "Completed", "CompletedWithWarnings", "Failed", "Cancelled"];

    [Fact]
    public void Should_SayWhichWordWasMeant_When_AWordIsMistyped()
    {
        // Given / When
        var refusal = Should.Throw<CliInputException>(() => CliChoices.Pick("Faild", "--status", "a job status", Statuses));

        // Then
        refusal.Message.ShouldBe("--status: 'Faild' is not a job status; allowed is InProgress, Completed, CompletedWithWarnings, Failed or Cancelled. Did you mean 'Failed'?");
    }

    [Fact]
    public void Should_OfferNoWord_When_NoneIsClose()
    {
        // Given / When
        var refusal = Should.Throw<CliInputException>(() => CliChoices.Pick("Broken", "--status", "a job status", Statuses));

        // Then
        refusal.Message.ShouldNotContain("Did you mean");
    }

    [Fact]
    public void Should_SayWhichPolicyWasMeant_When_APreviewedPolicyIsMistyped()
    {
        // Given a scenario whose vault holds Daily10-Fixed
        var scenario = Path.Combine(RepositoryFiles.Scenarios, "dst-shift.yaml");

        // When
        var run = CliRun.Of("policy", "preview", scenario, "--policy", "Daily10-Fixd");

        // Then
        run.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        run.Error.ShouldEndWith("Did you mean 'Daily10-Fixed'?\n");
    }

    [Fact]
    public void Should_SayWhichItemWasMeant_When_AReportedItemIsMistyped()
    {
        // Given a recorded run of vm-1
        using var folder = new TempFolder();
        var scenario = folder.File("one.yaml");
        File.WriteAllText(scenario, "name: one\nstart: 2026-01-01T00:00:00Z\nduration: 2d\nvaults:\n  - name: vault-a\n    region: westeurope\nvms:\n  - name: vm-web-01\n    vault: vault-a\n");
        var db = folder.File("run.db");
        CliRun.Of("run", scenario, "--db", db).ExitCode.ShouldBe(0);

        // When
        var run = CliRun.Of("report", db, "points", "--item", "vm-web-1");

        // Then
        run.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        run.Error.ShouldContain("the run has no item named 'vm-web-1'. Did you mean 'vm-web-01'?");
    }
}
