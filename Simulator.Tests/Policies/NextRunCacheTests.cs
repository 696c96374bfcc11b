using NodaTime;
using Simulator.Core.Policies;

namespace Simulator.Tests.Policies;

public sealed class NextRunCacheTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(300)]
    public void Should_AnswerAsTheSchedule_When_PoliciesAlternate(int count)
    {
        // Given policies at different times (fewer, then more, than the cache has entries, so some share one), asked
        // in turn, each about the instant its last answer ran
        var savedAt = Instant.FromUtc(2026, 3, 1, 0, 0);
        var policies = Enumerable.Range(0, count)
            .Select(i => BackupPolicy.Default(savedAt) with { Name = $"Daily{i}", Schedule = BackupSchedule.Daily(new LocalTime(i % 24, i / 24 % 2 * 30)) })
            .ToList();
        var cache = new NextRunCache();
        var after = policies.ToDictionary(p => p, _ => savedAt);

        // When / Then: every answer is the schedule's own, cached or not
        for (var round = 0; round < 40; round++)
        {
            foreach (var policy in policies)
            {
                var run = cache.NextRun(policy, after[policy]);
                run.ShouldBe(PolicySchedule.NextRun(policy, after[policy]));
                cache.NextRun(policy, after[policy]).ShouldBe(run, "asked again at once");
                after[policy] = run.At;
            }
        }
    }

    [Fact]
    public void Should_FollowTheNewSchedule_When_APolicyIsReplacedByAnEditedOne()
    {
        var savedAt = Instant.FromUtc(2026, 3, 1, 0, 0);
        var before = BackupPolicy.Default(savedAt) with { Schedule = BackupSchedule.Daily(new LocalTime(2, 0)) };
        var edited = before with { Schedule = BackupSchedule.Daily(new LocalTime(23, 0)) };
        var cache = new NextRunCache();

        cache.NextRun(before, savedAt).At.ShouldBe(Instant.FromUtc(2026, 3, 1, 2, 0));
        cache.NextRun(edited, savedAt).At.ShouldBe(Instant.FromUtc(2026, 3, 1, 23, 0));
    }
}
