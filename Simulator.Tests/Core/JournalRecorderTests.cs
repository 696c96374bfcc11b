using NodaTime;
using Simulator.Core.Journal;

namespace Simulator.Tests.Core;

/// <summary>A bounded recorder held from an event on: a screen scrolled up to it keeps it while new events arrive.</summary>
public sealed class JournalRecorderTests
{
    private readonly EventJournal _journal = new();

    [Fact]
    public void Should_KeepTheEventsFromTheHeldOnePastItsCapacity_When_ItIsHeld()
    {
        // Given a recorder of three, #1 to #3 recorded, held from #2 (number 1)
        var recorder = new JournalRecorder(_journal, 3);
        Say(1, 3);
        recorder.HoldFrom(1, atMost: 10);

        // When three more arrive
        Say(4, 6);

        // Then #2 and every event after it are kept, in order
        Texts(recorder).ShouldBe(["#2", "#3", "#4", "#5", "#6"]);
    }

    [Fact]
    public void Should_KeepOnlyItsCapacity_When_TheHoldIsLetGo()
    {
        // Given the recorder above, held past its capacity
        var recorder = new JournalRecorder(_journal, 3);
        Say(1, 3);
        recorder.HoldFrom(1, atMost: 10);
        Say(4, 6);

        // When the hold is let go and one more arrives
        recorder.HoldFrom(null, atMost: 10);
        Say(7, 7);

        // Then the newest three are kept again
        Texts(recorder).ShouldBe(["#5", "#6", "#7"]);
    }

    [Fact]
    public void Should_LetTheOldestHeldGo_When_TheHoldReachesItsBound()
    {
        // Given a recorder of three held from its first event, at most four kept
        var recorder = new JournalRecorder(_journal, 3);
        recorder.HoldFrom(0, atMost: 4);

        // When six arrive
        Say(1, 6);

        // Then the newest four are kept, where the hold would have kept all six
        Texts(recorder).ShouldBe(["#3", "#4", "#5", "#6"]);
        recorder.Total.ShouldBe(6);
    }

    private void Say(int from, int to)
    {
        for (var i = from; i <= to; i++)
        {
            _journal.Publish(new Narration(Instant.FromUnixTimeSeconds(i), $"#{i}"));
        }
    }

    private static List<string> Texts(JournalRecorder recorder) => [.. recorder.Events.Select(e => ((Narration)e).Text)];
}
