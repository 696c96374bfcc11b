using System.Runtime.CompilerServices;
using NodaTime;
using Simulator.Core.Journal;
using Simulator.Store.Folding;

namespace Simulator.Tests.Store;

/// <summary>The fold's points alive by number: each one found until it is removed, whatever order the numbers come in.</summary>
public sealed class PointTableTests
{
    private static readonly Instant Start = Instant.FromUtc(2026, 1, 1, 2, 0);

    [Fact]
    public void Should_FindEveryPointUntilItsDeletion_When_AFleetsDailiesComeAndGoWithAFewKeptForYears()
    {
        // Given a thousand points a day, each kept 30 days but every 500th kept for good, far past the window's size
        var table = new PointTable();
        var alive = new SortedSet<long>();
        long next = 1;
        for (var day = 0; day < 120; day++)
        {
            for (var i = 0; i < 1000; i++, next++)
            {
                table.Add(Point(next));
                alive.Add(next);
            }

            // When the dailies of 30 days ago expire
            for (var id = next - 31_000; id < next - 30_000; id++)
            {
                if (id > 0 && id % 500 != 0)
                {
                    table.Remove(id, out var removed).ShouldBeTrue();
                    removed.Id.ShouldBe(id);
                    alive.Remove(id);
                }
            }
        }

        // Then the table holds exactly the points alive, the kept ones included, each found by its number
        table.Count.ShouldBe(alive.Count);
        table.Values.Select(p => p.Id).Order().ShouldBe(alive);
        Unsafe.IsNullRef(ref table.Find(500)).ShouldBeFalse();
        table.Find(500).Id.ShouldBe(500);
        Unsafe.IsNullRef(ref table.Find(501)).ShouldBeTrue();
        table.Remove(501, out _).ShouldBeFalse();
    }

    [Fact]
    public void Should_KeepEachPoint_When_NumbersComeOutOfOrderBelowTheWindowAndFarAheadOfIt()
    {
        // Given numbers a hand-edited file could hold: descending, far apart, zero and negative
        var table = new PointTable();
        long[] ids = [5000, 4999, 1, 10_000_000_000, 3, -7, 0, 5001];
        foreach (var id in ids)
        {
            table.Add(Point(id));
        }

        // When each is changed through the table
        foreach (var id in ids)
        {
            table.Find(id).ApplyRetentionChange(JournalEntry.PointRetentionChanged(Start, "vault", "vm", id, Start.Plus(Duration.FromDays(id % 97 + 100))));
        }

        // Then every one is there once, with its change, and leaves when removed
        table.Values.Select(p => p.Id).Order().ShouldBe(ids.Order());
        table.Find(10_000_000_000).VaultExpiry.ShouldBe(RowTime.Of(Start.Plus(Duration.FromDays((10_000_000_000 % 97) + 100))));
        foreach (var id in ids)
        {
            table.Remove(id, out var removed).ShouldBeTrue();
            removed.Id.ShouldBe(id);
        }

        table.Count.ShouldBe(0);
        table.Values.ShouldBeEmpty();
    }

    [Fact]
    public void Should_RefuseAPoint_When_ItsNumberIsAliveAlready()
    {
        var table = new PointTable();
        table.Add(Point(2));
        table.Add(Point(-2));

        Should.Throw<ArgumentException>(() => table.Add(Point(2))).Message.ShouldContain("Point 2");
        Should.Throw<ArgumentException>(() => table.Add(Point(-2))).Message.ShouldContain("Point -2");
    }

    [Fact]
    public void Should_HoldWhatASetHolds_When_PointsAreAddedAndRemovedAtRandom()
    {
        // Given a seeded mix of new numbers (mostly rising, some out of order) and removals of any point alive
        var random = new Random(2026);
        var table = new PointTable();
        var model = new SortedSet<long>();
        long next = 1;
        for (var step = 0; step < 200_000; step++)
        {
            if (model.Count == 0 || random.Next(100) < 52)
            {
                var id = random.Next(100) < 95 ? next++ : random.NextInt64(-50, next + 5000);
                if (model.Add(id))
                {
                    table.Add(Point(id));
                }
            }
            else
            {
                var id = random.Next(100) < 70 ? model.Min + random.Next(20) : next - random.Next(1, 3000);
                table.Remove(id, out var removed).ShouldBe(model.Remove(id));
            }
        }

        // Then the table holds what the set holds
        table.Count.ShouldBe(model.Count);
        table.Values.Select(p => p.Id).Order().ShouldBe(model);
        foreach (var id in model)
        {
            table.Find(id).Id.ShouldBe(id);
        }
    }

    private static PointHistory Point(long id) =>
        new(JournalEntry.PointCreated(Start, "vault", "vm", id, Start, "Daily", "CrashConsistent", false, Start.Plus(Duration.FromDays(2)), Start.Plus(Duration.FromDays(30))));
}
