using NodaTime;
using Simulator.Core.Journal;
using Simulator.Store.Reading;
using Simulator.Store.Recording;

namespace Simulator.Tests.Store;

/// <summary>The compact block a batch's events are stored in gives back the very events the journal published.</summary>
public sealed class EventBlockTests
{
    private const string Guid1 = "5f0c1e2d-3b4a-4c5d-8e6f-708192a3b4c5";
    private static readonly Instant Midnight = Instant.FromUtc(2026, 2, 3, 0, 0);
    private static readonly Instant OddTime = Midnight.PlusNanoseconds(123_456_789);

    private static List<DomainEvent> RoundTrip(params DomainEvent[] events)
    {
        var encoder = new EventBlockEncoder();
        encoder.Reset();
        foreach (var e in events)
        {
            encoder.Add(e);
        }

        return EventBlockDecoder.Decode(encoder.Data);
    }

    [Fact]
    public void Should_GiveBackEqualRecords_When_TheKindsTheStoreKnowsAreEncoded()
    {
        // Given
        DomainEvent[] events =
        [
            new JobStarted(Midnight, "vault-a", "vm-1", Guid1, "Backup", "Scheduled"),
            new JobPhaseChanged(Midnight + Duration.FromSeconds(5), "vault-a", "vm-1", Guid1, "Take Snapshot", "InProgress"),
            new RecoveryPointCreated(OddTime, "vault-a", "vm-1", 42, Midnight, "Daily", "AppConsistent", true, Midnight + Duration.FromDays(2), Instant.MaxValue),
            new RecoveryPointTierChanged(OddTime, "vault-a", "vm-1", 42, "SnapshotAndVaultStandard", "transferred to vault", 12.75),
            new RecoveryPointRetentionChanged(Midnight + Duration.FromDays(1), "vault-a", "vm-1", 42, Midnight + Duration.FromDays(90)),
            new RecoveryPointDeleted(Midnight + Duration.FromDays(3), "vault-a", "vm-1", 7, "expired"),
            new JobFinished(Midnight + Duration.FromHours(1), "vault-a", "vm-1", Guid1, "Backup", "Failed", "UserErrorVmNotFound", -3),
            new JobStarted(Midnight + Duration.FromHours(2), "vault-b", "vm-Ω", "job-not-a-guid", "ConfigureBackup", string.Empty),
        ];

        // When
        var decoded = RoundTrip(events);

        // Then
        decoded.ShouldBe(events);
    }

    [Theory]
    [InlineData("5F0C1E2D-3B4A-4C5D-8E6F-708192A3B4C5")]
    [InlineData("{5f0c1e2d-3b4a-4c5d-8e6f-708192a3b4c5}")]
    [InlineData("5f0c1e2d3b4a4c5d8e6f708192a3b4c5abcd")]
    [InlineData("5f0c1e2d-3b4a-4c5d-8e6f-708192a3b4cg")]
    public void Should_KeepTheJobNameAsWritten_When_ItIsNotALowercaseGuid(string name)
    {
        // Given
        var started = new JobStarted(Midnight, "vault-a", "vm-1", name, "Backup", "Scheduled");

        // When
        var decoded = RoundTrip(started).Single();

        // Then
        decoded.ShouldBe(started);
    }

    [Fact]
    public void Should_StoreAJobNameIn16Bytes_When_ItIsALowercaseGuid()
    {
        // Given
        var asGuid = new JobStarted(Midnight, "vault-a", "vm-1", Guid1, "Backup", "Scheduled");
        var asText = asGuid with { Id = "not-a-guid-but-just-as-long-as-one-1" };
        var encoder = new EventBlockEncoder();

        // When
        encoder.Reset();
        encoder.Add(asGuid);
        var guidLength = encoder.Data.Length;
        encoder.Reset();
        encoder.Add(asText);
        var textLength = encoder.Data.Length;

        // Then
        (textLength - guidLength).ShouldBe(36 + 1 - 16);
    }

    [Fact]
    public void Should_WriteTheBytesTheNamesObjectsGive_When_EntriesCarryTheirItemsNumber()
    {
        // Given entries of two items over two blocks, one of them naming its item and status by equal strings in new objects
        var vm1 = "vm-1";
        var vm2 = "vm-2";
        var job = JobKey.Of(Guid1);
        JournalEntry[] first =
        [
            JournalEntry.JobStarted(Midnight, "vault-a", vm1, job, "Backup", "Scheduled", itemNumber: 1),
            JournalEntry.JobPhaseChanged(Midnight, "vault-a", vm1, job, "Take Snapshot", "InProgress", itemNumber: 1),
            JournalEntry.PointCreated(OddTime, "vault-a", vm2, 42, Midnight, "Daily", "AppConsistent", true, null, Instant.MaxValue, itemNumber: 2),
            JournalEntry.JobPhaseChanged(OddTime, "vault-a", new string(vm1.AsSpan()), job, "Take Snapshot", new string("InProgress".AsSpan()), itemNumber: 1),
            JournalEntry.PointDeleted(OddTime, "vault-a", vm2, 42, "expired", itemNumber: 2),
        ];
        JournalEntry[] second =
        [
            JournalEntry.JobFinished(Midnight + Duration.FromHours(1), "vault-a", vm1, job, "Backup", "Completed", null, 2, itemNumber: 1),
            JournalEntry.PointTierChanged(Midnight + Duration.FromHours(1), "vault-a", vm2, 43, "VaultStandard", "snapshot expired", 1.5, itemNumber: 2),
        ];

        // When they are encoded with their numbers, and again as the objects' entries, which carry none
        var numbered = Encode(first, second, e => e);
        var unnumbered = Encode(first, second, e => JournalEntry.Of(e.ToEvent()));

        // Then each block holds the same bytes, and gives back the same events
        numbered.ShouldBe(unnumbered);
        numbered.SelectMany(block => EventBlockDecoder.Decode(block)).ShouldBe(first.Concat(second).Select(e => e.ToEvent()));
    }

    private static List<byte[]> Encode(JournalEntry[] first, JournalEntry[] second, Func<JournalEntry, JournalEntry> entry)
    {
        var encoder = new EventBlockEncoder();
        var blocks = new List<byte[]>();
        foreach (var block in new[] { first, second })
        {
            encoder.Reset();
            foreach (var e in block)
            {
                encoder.Add(entry(e));
            }

            blocks.Add(encoder.Data.ToArray());
        }

        return blocks;
    }

    [Fact]
    public void Should_KeepWhatTheJournalPrints_When_AKindTheStoreDoesNotKnowIsEncoded()
    {
        // Given
        var vaultCreated = new VaultCreated(OddTime, "vault-a", "westeurope", "GeoRedundant");

        // When
        var decoded = RoundTrip(vaultCreated).Single();

        // Then
        JournalFormatter.Format(decoded).ShouldBe(JournalFormatter.Format(vaultCreated));
    }

    [Fact]
    public void Should_WriteAKindItDoesNotKnowByNameOnce_When_TheRuntimeLetsGoOfTheTypesNameBetweenTwoEvents()
    {
        // Given a block holding one such event
        var encoder = new EventBlockEncoder();
        encoder.Reset();
        encoder.Add(new Unknown(Midnight));
        var first = encoder.Data.Length;

        // When the runtime's cache of the type's name is collected before the next
        for (var i = 0; i < 3; i++)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        encoder.Add(new Unknown(Midnight));

        // Then the second refers to the name the first wrote: a block's bytes depend on the events alone, never on when the collector ran
        encoder.Data[first..].IndexOf("Unknown"u8).ShouldBe(-1);
        encoder.Data[..first].IndexOf("Unknown"u8).ShouldBeGreaterThan(0);
    }

    /// <summary>A kind no other test reflects on, so nothing but the runtime's own cache holds its name.</summary>
    private sealed record Unknown(Instant At) : DomainEvent(At)
    {
        public override string What => "unknown";

        public override string State => "none";
    }
}
