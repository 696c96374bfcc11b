using NodaTime;
using Simulator.Core.Jobs;
using Simulator.Core.Protection;
using Simulator.Core.Service;
using Simulator.Tests.Support;

namespace Simulator.Tests.Core;

/// <summary>A refusal names times and job operations as values: the journal's words by default, a screen's its own.</summary>
public sealed class RefusalWordingTests
{
    [Fact]
    public void Should_WordTheTimesAndOperationOfAReason_When_AnotherWordingAsksForIt()
    {
        // Given an item whose DisableBackup job runs, so that Backup now is refused naming the job and its end
        var world = new TestWorld();
        world.Simulation.StopProtection(world.Item, StopProtectionMode.RetainForever);
        var refusal = world.Simulation.BackupNowRefusal(world.Item).ShouldNotBeNull();

        // When
        var worded = refusal.ReasonIn(new Bracketed());

        // Then only the time and the operation change; the journal's wording stays the reason's
        var end = world.Simulation.Now + Duration.FromSeconds(30);
        worded.ShouldContain("<DisableBackup> job ");
        worded.ShouldContain($" runs until <{end.ToUnixTimeSeconds()}>.");
        refusal.Reason.ShouldContain($" runs until {end:uuuu-MM-dd'T'HH:mm:ss'Z'}.");
        refusal.Reason.ShouldBe(refusal.ReasonIn(RefusalWording.Journal));
    }

    [Fact]
    public void Should_KeepBracesAsWritten_When_APlainReasonHasThem()
    {
        // Given
        var refusal = new OperationRefusedException("Save policy", "v/p", "the name '{0}' is not valid.");

        // When
        var worded = refusal.ReasonIn(new Bracketed());

        // Then
        worded.ShouldBe("the name '{0}' is not valid.");
        refusal.Reason.ShouldBe(worded);
    }

    private sealed class Bracketed : RefusalWording
    {
        public override string Time(Instant instant) => $"<{instant.ToUnixTimeSeconds()}>";

        public override string Operation(JobOperation operation) => $"<{operation}>";
    }
}
