using NodaTime;
using Simulator.Core.Journal;
using Simulator.Core.Protection;
using Simulator.Scenarios.Model;
using Simulator.Scenarios.Parsing;
using Simulator.Scenarios.Running;

namespace Simulator.Tests.Scenarios;

/// <summary>A person's action, replayed to reopen a lab, lands where it was taken among the events of its instant.</summary>
public sealed class ActionReplayTests
{
    private static readonly Instant CheckedAt = Instant.FromUtc(2026, 5, 3, 12, 0);

    // One VM backed up nightly; at noon on day 3 a check wants it Protected, and at that same noon a person stops it.
    private const string Scenario = """
        name: stop-at-a-check
        seed: 5
        start: 2026-05-01T00:00:00Z
        duration: 5d
        vaults:
          - name: vault-wus
            region: westus
        vms:
          - name: vm-api-01
            region: westus
            vault: vault-wus
        expect:
          - at: 2026-05-03T12:00:00Z
            item: vm-api-01
            protectionState: Protected
          - item: vm-api-01
            protectionState: ProtectionStopped
        """;

    private static readonly ScenarioAction Stop = new(ActionVerb.StopProtection) { Item = "vm-api-01", Mode = StopProtectionMode.RetainForever };

    [Fact]
    public void Should_RunAfterTheCheckOfItsInstant_When_ATakenActionIsReplayed()
    {
        // Given a live session: played to noon, whose check has run, then the stop
        var (live, liveJournal) = Session();
        live.RunUntil(CheckedAt);
        live.Perform(Stop);
        live.RunToEnd();

        // When a second session replays the recorded action
        var (replayed, replayedJournal) = Session();
        replayed.Replay(live.PerformedActions);
        replayed.RunToEnd();

        // Then the check saw the item still protected in both, and nothing else differs
        live.Outcomes.ShouldAllBe(o => o.Passed);
        replayed.Outcomes.ShouldBe(live.Outcomes);
        replayed.PerformedActions.ShouldBe(live.PerformedActions);
        JournalFormatter.Format(replayedJournal).ShouldBe(JournalFormatter.Format(liveJournal));
    }

    [Fact]
    public void Should_RunAfterEveryEventDueByItsInstant_When_ItsPlaceWasNotRecorded()
    {
        // Given an action from a file written before places were kept
        var (replayed, _) = Session();

        // When
        replayed.Replay([new PerformedAction(CheckedAt, Stop)]);
        replayed.RunToEnd();

        // Then it ran as the dashboard runs actions, after the check of its instant
        replayed.Outcomes.ShouldAllBe(o => o.Passed);
    }

    private static (ScenarioSession Session, List<DomainEvent> Journal) Session()
    {
        var journal = new List<DomainEvent>();
        return (new ScenarioSession(ScenarioParser.Parse(Scenario, "stop-at-a-check.yaml"), journal: journal.Add), journal);
    }
}
