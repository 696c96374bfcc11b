using NodaTime;
using Simulator.Core;
using Simulator.Core.Journal;
using Simulator.Scenarios.Fleets;

namespace Simulator.Tests.Core;

/// <summary>The journal's events as values (<see cref="JournalEntry"/>) are the events its readers of objects get.</summary>
public sealed class JournalEntryTests
{
    private const string Guid1 = "5f0c1e2d-3b4a-4c5d-8e6f-708192a3b4c5";
    private static readonly Instant Midnight = Instant.FromUtc(2026, 2, 3, 0, 0);

    public static TheoryData<DomainEvent> EveryKind() =>
    [
        new JobStarted(Midnight, "vault-a", "vm-1", Guid1, "Backup", "Scheduled"),
        new JobStarted(Midnight, "vault-a", "vm-1", "job-not-a-guid", "ConfigureBackup", string.Empty),
        new JobPhaseChanged(Midnight, "vault-a", "vm-1", Guid1, "Take Snapshot", "InProgress"),
        new JobFinished(Midnight, "vault-a", "vm-1", Guid1, "Backup", "Failed", "UserErrorVmNotFound", 3.5),
        new RecoveryPointCreated(Midnight, "vault-a", "vm-1", 42, Midnight - Duration.FromHours(1), "Daily", "AppConsistent", false, Midnight + Duration.FromDays(2), Instant.MaxValue),
        new RecoveryPointCreated(Midnight, "vault-a", "srv-1", 43, Midnight, "Weekly", "FileSystemConsistent", true, null, Midnight + Duration.FromDays(70)),
        new RecoveryPointTierChanged(Midnight, "vault-a", "vm-1", 42, "SnapshotAndVaultStandard", RecoveryPointTierChanged.TransferredToVault, 12.75),
        new RecoveryPointRetentionChanged(Midnight, "vault-a", "vm-1", 42, Midnight + Duration.FromDays(90)),
        new RecoveryPointDeleted(Midnight, "vault-a", "vm-1", 42, RecoveryPointDeleted.Expired),
        new VaultCreated(Midnight, "vault-a", "westeurope", "GeoRedundant"),
    ];

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void Should_GiveBackTheSameEvent_When_AnEventBecomesAnEntryAndAnObjectAgain(DomainEvent e)
    {
        // When
        var entry = JournalEntry.Of(e);

        // Then
        entry.ToEvent().ShouldBe(e);
        entry.At.ShouldBe(e.At);
        (entry.Kind == JournalEntryKind.Other).ShouldBe(e is VaultCreated);
    }

    [Theory]
    [InlineData(Guid1, true)]
    [InlineData("5F0C1E2D-3B4A-4C5D-8E6F-708192A3B4C5", false)]
    [InlineData("{5f0c1e2d-3b4a-4c5d-8e6f-708192a3b4c5}", false)]
    [InlineData("job-1", false)]
    public void Should_KeepAJobNameAsBitsOnlyWhenItPrintsBackTheSame_When_ANameBecomesAKey(string name, bool asBits)
    {
        // When
        var key = JobKey.Of(name);

        // Then
        key.ToString().ShouldBe(name);
        (key.Text is null).ShouldBe(asBits);
    }

    [Fact]
    public void Should_HandEveryReaderEachEventInTheOrderTheySubscribed_When_ReadersOfObjectsAndOfValuesAreMixed()
    {
        // Given an estate read as objects, as values, then as objects again
        var simulation = new Simulation(BenchEstate.Start, BenchEstate.Seed, BenchEstate.Settings);
        var heard = new List<(string Reader, DomainEvent Event)>();
        simulation.Journal.Subscribe(e => heard.Add(("first", e)));
        simulation.Journal.Subscribe((in JournalEntry e) => heard.Add(("values", e.ToEvent())));
        simulation.Journal.Subscribe(e => heard.Add(("last", e)));

        // When it is built and runs for 40 days
        BenchEstate.Build(simulation, 20, EstatePolicy.Gfs);
        simulation.RunUntil(BenchEstate.Start + Duration.FromDays(40));

        // Then each event reached the three in turn, the same event each time
        heard.Count.ShouldBeGreaterThan(3 * 20 * 40);
        heard.Count.ShouldBe(heard.Count / 3 * 3);
        for (var i = 0; i < heard.Count; i += 3)
        {
            heard.Skip(i).Take(3).Select(h => h.Reader).ShouldBe(["first", "values", "last"]);
            heard[i + 1].Event.ShouldBe(heard[i].Event);
            heard[i + 2].Event.ShouldBeSameAs(heard[i].Event);
        }

        heard.Select(h => h.Event).OfType<RecoveryPointDeleted>().ShouldNotBeEmpty();
        heard.Select(h => h.Event).OfType<VaultCreated>().ShouldNotBeEmpty();
    }

    [Fact]
    public void Should_StopHandingEventsToAReaderOfValues_When_ItUnsubscribes()
    {
        // Given
        var simulation = new Simulation(BenchEstate.Start, BenchEstate.Seed, BenchEstate.Settings);
        var entries = 0;
        JournalEntryHandler reader = (in JournalEntry _) => entries++;
        simulation.Journal.Subscribe(reader);
        BenchEstate.Build(simulation, 5, EstatePolicy.Default);
        var built = entries;

        // When
        simulation.Journal.Unsubscribe(reader);
        simulation.RunUntil(BenchEstate.Start + Duration.FromDays(3));

        // Then
        built.ShouldBeGreaterThan(0);
        entries.ShouldBe(built);
        simulation.Journal.HasSubscribers.ShouldBeFalse();
    }
}
