using System.Text.Json;
using Simulator.Tests.Support;

namespace Simulator.Tests.Policies;

/// <summary><c>policy preview</c> of a scenario lists the runs its run has: of a policy as the scenario's vaults hold it
/// at <c>--from</c>, saved at the start or again by a step since, from after the instant it is saved; and it says when
/// the scenario saves it again later.</summary>
public sealed class PolicyPreviewResaveTests
{
    private static readonly string RetentionChange = Path.Combine(RepositoryFiles.Scenarios, "policy-retention-change.yaml");

    [Fact]
    public void Should_ListThePolicyAsAStepSavedIt_When_FromIsAfterTheStep()
    {
        // Given Gold, whose daily retention a step shortens from 30 to 7 days on 15 April

        // When listed from 20 April
        var run = CliRun.Of("policy", "preview", RetentionChange, "--policy", "Gold", "--from", "2026-04-20", "--count", "1");

        // Then the points it lists are kept 7 days, as the run keeps them, not the 30 of the start
        run.Error.ShouldBeEmpty();
        run.Out.ShouldContain("Policy 'Gold': Standard daily at 22:00 UTC, keep 7d/12w, snapshots 2d");
        run.Out.ShouldContain("saved 2026-04-15 12:00Z");
        run.Out.ShouldContain("1  2026-04-20 22:00Z  2026-04-20 22:00 +00:00  -    yes    Daily  2026-04-27 22:00Z");
    }

    [Fact]
    public void Should_ListTheRunTimesTheScenarioHas_When_AResaveRepinsAFixedPolicy()
    {
        // Given dst-shift's Daily10-Resaved, saved again in summer time, which pins 10:00 in Berlin to 08:00 UTC
        var scenario = Path.Combine(RepositoryFiles.Scenarios, "dst-shift.yaml");

        // When listed from 1 July
        var run = CliRun.Of("policy", "preview", scenario, "--policy", "Daily10-Resaved", "--from", "2026-07-01", "--count", "1");

        // Then it runs at 08:00 UTC, as the scenario's journal shows, not at 09:00 as saved in winter
        run.Error.ShouldBeEmpty();
        run.Out.ShouldContain("saved 2026-04-15 10:00Z");
        run.Out.ShouldContain("1  2026-07-01 08:00Z  2026-07-01 10:00 +02:00  -");
    }

    [Fact]
    public void Should_SayWhenTheScenarioSavesItAgain_When_ASaveComesAfterFrom()
    {
        // When Gold is listed from the start, before the three steps that save it again
        var run = CliRun.Of("policy", "preview", RetentionChange, "--policy", "Gold", "--count", "1");

        // Then the first of them is named, with how to list the policy as saved then
        run.Error.ShouldBeEmpty();
        run.Out.Split('\n')[2].ShouldBe("Saved again by the scenario at 2026-04-15 12:00Z (then 2 more times); listed as saved above: --from 2026-04-15T12:00:00Z lists it as saved then");
    }

    [Fact]
    public void Should_GiveEachLaterSaveInJson_When_ASaveComesAfterFrom()
    {
        // When
        var run = CliRun.Of("policy", "preview", RetentionChange, "--policy", "Gold", "--from", "+50d", "--count", "1", "--output", "json");

        // Then
        run.Error.ShouldBeEmpty();
        using var json = JsonDocument.Parse(run.Out);
        json.RootElement.GetProperty("savedAt").GetString().ShouldBe("2026-04-15T12:00:00Z");
        json.RootElement.GetProperty("savedAgainAt").EnumerateArray().Select(e => e.GetString()).ShouldBe(["2026-05-15T12:00:00Z", "2026-06-10T12:00:00Z"]);
    }

    [Theory]
    [InlineData("mars-three-a-day.yaml", "FilesThreeADay", "1  2026-02-23 12:00Z  2026-02-23 12:00 +00:00")]
    [InlineData("enhanced-hourly.yaml", "Hourly4", "1  2026-02-02 04:00Z  2026-02-02 04:00 +00:00")]
    public void Should_LeaveOutARunDueAsThePolicyIsSaved_When_ListingFromTheScenariosStart(string file, string policy, string firstRow)
    {
        // Given a policy with a run due at the scenario's start, when its vault saves it and protects the item

        // When listed from the start
        var run = CliRun.Of("policy", "preview", Path.Combine(RepositoryFiles.Scenarios, file), "--policy", policy, "--count", "1");

        // Then the first run listed is the scenario's first, as its journal shows, not one at the very instant it is saved
        run.Error.ShouldBeEmpty();
        run.Out.ShouldContain(firstRow);
    }

    [Fact]
    public void Should_SayNothingOfLaterSaves_When_TheScenarioSavesThePolicyNoMore()
    {
        // When Gold is listed after its last save, on 10 June
        var run = CliRun.Of("policy", "preview", RetentionChange, "--policy", "Gold", "--from", "+110d", "--count", "1");

        // Then
        run.Error.ShouldBeEmpty();
        run.Out.ShouldContain("Policy 'Gold': Standard weekly Sun at 22:00 UTC, keep 12w, snapshots 5d");
        run.Out.ShouldNotContain("Saved again");
    }
}
