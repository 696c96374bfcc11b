using NodaTime;
using NodaTime.Text;
using Simulator.Core.Policies;
using Simulator.Tests.Support;

namespace Simulator.Tests.Policies;

/// <summary>Decision D1 across the 2026 changes: Europe (29 March, 25 October) and the US (8 March, 1 November).</summary>
public sealed class DaylightSavingTests
{
    private const string Berlin = "W. Europe Standard Time";
    private const string NewYork = "America/New_York";

    [Theory]
    [InlineData(Berlin, "2026-03-27", "2026-03-29", "2026-03-27T01:30:00Z", "2026-03-31T03:30")]
    [InlineData(NewYork, "2026-03-06", "2026-03-08", "2026-03-06T07:30:00Z", "2026-03-10T03:30")]
    public void Should_KeepTheUtcTimeAndRunAnHourLateLocally_When_FixedModeCrossesSpringForward(string zone, string before, string change, string firstUtc, string lastLocal)
    {
        // Given a policy saved in winter, daily at 02:30 local
        var policy = Policy(zone, DstMode.Fixed, savedAt: Instant.FromUtc(2026, 1, 15, 12, 0));

        // When five days around the change are previewed
        var rows = PolicyPreview.Compute(policy, Midnight(before, zone), 5);

        // Then the UTC time never moves, and from the change on the local time is 03:30 and flagged
        rows[0].At.ShouldBe(InstantPattern.ExtendedIso.Parse(firstUtc).Value);
        rows.Select(r => r.At.InUtc().TimeOfDay).Distinct().ShouldHaveSingleItem();
        rows.Select(r => r.IsShifted).ShouldBe([false, false, true, true, true]);
        rows[2].Local.Date.ShouldBe(LocalDatePattern.Iso.Parse(change).Value);
        rows[^1].Local.ShouldBe(LocalDateTimePattern.GeneralIso.Parse(lastLocal + ":00").Value);
    }

    [Theory]
    [InlineData(Berlin, "2026-10-23", "2026-10-26T01:30")]
    [InlineData(NewYork, "2026-10-30", "2026-11-02T01:30")]
    public void Should_RunAnHourEarlyLocally_When_FixedModeSavedInSummerCrossesFallBack(string zone, string before, string afterLocal)
    {
        var policy = Policy(zone, DstMode.Fixed, savedAt: Instant.FromUtc(2026, 7, 1, 12, 0));

        var rows = PolicyPreview.Compute(policy, Midnight(before, zone), 4);

        rows.Select(r => r.At.InUtc().TimeOfDay).Distinct().ShouldHaveSingleItem();
        rows[0].IsShifted.ShouldBeFalse();
        rows[^1].IsShifted.ShouldBeTrue();
        rows[^1].Local.ShouldBe(LocalDateTimePattern.GeneralIso.Parse(afterLocal + ":00").Value);
    }

    [Theory]
    [InlineData(DstMode.Fixed, "Standard daily at 02:30 America/New_York, keep 30d, snapshots 2d")]
    [InlineData(DstMode.FollowWallClock, "Standard daily at 02:30 America/New_York (FollowWallClock), keep 30d, snapshots 2d")]
    public void Should_SayThePolicyFollowsTheWallClock_When_ItsSummaryIsJournalled(DstMode mode, string summary)
    {
        // Given two policies alike but for their mode, whose runs part at the first change
        var policy = Policy(NewYork, mode, savedAt: Instant.FromUtc(2026, 1, 15, 12, 0));

        // Then the journal's line for each tells them apart; Fixed, the default, goes unsaid
        PolicySummary.Describe(policy).ShouldBe(summary);
    }

    [Theory]
    [InlineData(Berlin, "2026-03-28", "2026-03-29T01:00:00Z")]
    [InlineData(NewYork, "2026-03-07", "2026-03-08T07:00:00Z")]
    public void Should_RunAtTheEndOfTheGap_When_FollowWallClockMeetsASkipped0230(string zone, string before, string changeDayUtc)
    {
        var policy = Policy(zone, DstMode.FollowWallClock, savedAt: Instant.FromUtc(2026, 1, 15, 12, 0));

        var rows = PolicyPreview.Compute(policy, Midnight(before, zone), 3);

        // The day before and after run at 02:30 local; the change day's 02:30 does not exist and runs at 03:00
        rows.Select(r => r.Local.TimeOfDay).ShouldBe([new LocalTime(2, 30), new LocalTime(3, 0), new LocalTime(2, 30)]);
        rows[1].At.ShouldBe(InstantPattern.ExtendedIso.Parse(changeDayUtc).Value);
        rows.Select(r => r.IsShifted).ShouldBe([false, true, false]);
        rows.Select(r => r.Local.Date).Distinct().Count().ShouldBe(3, "one run a day");
    }

    [Theory]
    [InlineData(Berlin, 2, 30, "2026-10-24", "2026-10-25T00:30:00Z")]
    [InlineData(NewYork, 1, 30, "2026-10-31", "2026-11-01T05:30:00Z")]
    public void Should_RunOnceAtTheEarlierOccurrence_When_FollowWallClockMeetsAnAmbiguousTime(string zone, int hour, int minute, string before, string changeDayUtc)
    {
        var policy = Policy(zone, DstMode.FollowWallClock, savedAt: Instant.FromUtc(2026, 7, 1, 12, 0), new LocalTime(hour, minute));

        var rows = PolicyPreview.Compute(policy, Midnight(before, zone), 3);

        rows[1].At.ShouldBe(InstantPattern.ExtendedIso.Parse(changeDayUtc).Value, "the earlier (daylight-time) occurrence");
        rows.Select(r => r.Local.Date).Distinct().Count().ShouldBe(3, "never two runs on the day the clock falls back");
        rows.ShouldAllBe(r => r.Local.TimeOfDay == new LocalTime(hour, minute) && !r.IsShifted);
        (rows[2].At - rows[1].At).ShouldBe(Duration.FromHours(25));
    }

    [Fact]
    public void Should_RePinTheUtcTime_When_TheFixedPolicyIsSavedAgainAfterTheChange()
    {
        // Given a VM protected in January by a Fixed Berlin policy at 02:30
        var world = new TestWorld(protect: false);
        var policy = Policy(Berlin, DstMode.Fixed, savedAt: Instant.FromUtc(2000, 1, 1, 0, 0)) with { Name = "berlin-0230" };
        world.Simulation.SavePolicy(world.Vault, policy);
        var item = world.Simulation.ConfigureProtection(world.Vault, world.Vm, policy.Name);
        world.Simulation.RunUntil(Instant.FromUtc(2026, 4, 2, 12, 0));
        item.NextRun!.Value.IsShifted.ShouldBeTrue("after spring forward the pinned run falls at 03:30 local");
        item.NextRun.Value.Local.TimeOfDay.ShouldBe(new LocalTime(3, 30));

        // When the policy is saved again, unchanged
        var saved = world.Simulation.SavePolicy(world.Vault, world.Vault.FindPolicy(policy.Name)!);

        // Then it is re-pinned to summer time: 02:30 local again, at 00:30 UTC
        saved.SavedAt.ShouldBe(world.Simulation.Now);
        item.NextRun!.Value.IsShifted.ShouldBeFalse();
        item.NextRun.Value.Local.TimeOfDay.ShouldBe(new LocalTime(2, 30));
        item.NextRun.Value.At.ShouldBe(Instant.FromUtc(2026, 4, 3, 0, 30));
    }

    [Fact]
    public void Should_StartVmJobsAtThePinnedUtcTime_When_TheSimulationCrossesSpringForward()
    {
        var world = new TestWorld(protect: false);
        var policy = Policy(Berlin, DstMode.Fixed, savedAt: default) with { Name = "berlin-0230" };
        world.Simulation.SavePolicy(world.Vault, policy);
        world.Simulation.ConfigureProtection(world.Vault, world.Vm, policy.Name);

        world.Simulation.RunUntil(Instant.FromUtc(2026, 4, 1, 0, 0));

        var scheduled = world.Simulation.Jobs.Where(j => j.IsBackup).Select(j => j.ScheduledFor!.Value.InUtc().TimeOfDay).Distinct();
        scheduled.ShouldHaveSingleItem().ShouldBe(new LocalTime(1, 30));
    }

    private static BackupPolicy Policy(string zone, DstMode mode, Instant savedAt, LocalTime? at = null) =>
        TestPolicies.StandardDaily(zone: zone) with
        {
            Schedule = BackupSchedule.Daily(at ?? new LocalTime(2, 30)),
            DstMode = mode,
            SavedAt = savedAt,
        };

    private static Instant Midnight(string date, string zone) =>
        LocalDatePattern.Iso.Parse(date).Value.AtStartOfDayInZone(TestPolicies.Zone(zone)).ToInstant();
}
