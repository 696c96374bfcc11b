using System.Text;
using NodaTime;
using Simulator.Core;
using Simulator.Scenarios.Fleets;

namespace Simulator.Tests.Core;

/// <summary>Skipping journal events nobody reads must not change the simulation.</summary>
public sealed class SilentJournalTests
{
    [Theory]
    [InlineData(EstatePolicy.Default)]
    [InlineData(EstatePolicy.Gfs)]
    [InlineData(EstatePolicy.Enhanced)]
    public void Should_EndInTheSameState_When_NobodySubscribesToTheJournal(EstatePolicy policy)
    {
        // Given
        var heard = Run(policy, subscribe: true);

        // When
        var silent = Run(policy, subscribe: false);

        // Then
        silent.ShouldBe(heard);
    }

    private static string Run(EstatePolicy policy, bool subscribe)
    {
        var simulation = new Simulation(BenchEstate.Start, BenchEstate.Seed, BenchEstate.Settings);
        var events = 0;
        if (subscribe)
        {
            simulation.Journal.Subscribe(_ => events++);
        }

        BenchEstate.Build(simulation, 60, policy);
        simulation.RunUntil(BenchEstate.Start + Duration.FromDays(40));
        if (subscribe)
        {
            events.ShouldBeGreaterThan(60 * 40);
        }

        var state = new StringBuilder($"{simulation.Engine.ProcessedEvents} {simulation.Engine.PendingEvents} {simulation.JobsStarted}\n");
        foreach (var job in simulation.Jobs)
        {
            state.Append($"{job.Id} {job.Item} {job.Status} {job.End} {job.ErrorCode} {job.TransferSizeGb} {job.Point?.Id}\n");
        }

        foreach (var item in simulation.Items)
        {
            state.Append($"{item} {item.State} {item.LastBackupTime} {item.NextRun}\n");
            foreach (var point in item.RecoveryPoints)
            {
                state.Append($"  {point.Id} {point.Tag} {point.Tier} {point.SnapshotExpiry} {point.VaultExpiry} {point.IsFull} {point.VaultSizeGb}\n");
            }
        }

        return state.ToString();
    }
}
