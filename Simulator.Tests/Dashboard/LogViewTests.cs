using NodaTime;
using Simulator.Scenarios.Parsing;
using Simulator.Scenarios.Running;
using Simulator.Tests.Support;
using Simulator.Tui.Dashboard;
using Simulator.Tui.Dashboard.Views;

namespace Simulator.Tests.Dashboard;

/// <summary>The log strip of a wide window: the journal's lines, in the columns <c>vaultsim show</c> fits to the scenario.</summary>
public sealed partial class LogViewTests : IDisposable
{
    /// <summary>A policy whose name makes "Policy NAME" 36 characters, longer than the narrowest what column's 22.</summary>
    private const string LongPolicy = "Enhanced-Every-4-Hours-Window";

    private const string Scenario = $$"""
        name: long-policy-name
        seed: 5
        start: 2026-04-01T00:00:00Z
        duration: 2d
        vaults:
          - name: vault-a
            region: westeurope
            policies:
              - name: {{LongPolicy}}
                kind: Enhanced
                timeZone: UTC
                schedule: { frequency: Hourly, interval: 4, windowStart: "08:00", windowHours: 24 }
                instantRestoreDays: 7
                retention:
                  daily: { days: 30 }
        vms:
          - { name: vm-app-01, region: westeurope, usedGb: 40, vault: vault-a, policy: {{LongPolicy}} }
        timeline:
          - at: 2026-04-01T06:00:00Z
            do: resavePolicy
            vault: vault-a
            policy: {{LongPolicy}}
        """;

    /// <summary>Wide enough for a journal line with the long policy's state whole.</summary>
    private const int Wide = 200;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>The scenario, written to a file, at 06:00 UTC: the first backup's transfer has started, and the long policy was saved again.</summary>
    private (string Path, DashboardState State) AfterTheResave()
    {
        var path = _folder.File("long-policy-name.yaml");
        File.WriteAllText(path, Scenario);
        var world = new DashboardWorld(new ScenarioSession(ScenarioParser.Load(path)));
        world.RunUntil(Instant.FromUtc(2026, 4, 1, 6, 0));
        return (path, DashboardState.Initial(world) with { Paused = true });
    }

    [Fact]
    public void Should_AlignEveryLineAsShowDoes_When_APolicyNameIsLongerThanTheNarrowestWhatColumn()
    {
        // Given the first backup's transfer started, and the long policy saved again after it
        var (path, state) = AfterTheResave();

        // When it is drawn on a window wide enough for the policy's whole state
        var log = ConsoleText.Render(DashboardView.Render(state, Wide, 40), Wide, 40).Split('\n')
            .Select(line => line.TrimEnd()).Where(line => line.StartsWith("2026-", StringComparison.Ordinal)).ToList();

        // Then the state of the long policy's line starts where every other line's does, each line as show prints it
        var policy = log.Where(line => line.Contains($"Policy {LongPolicy} ", StringComparison.Ordinal)).ShouldHaveSingleItem();
        var transfer = log.Where(line => line.Contains(" Transfer data to vault ", StringComparison.Ordinal)).ShouldHaveSingleItem();
        policy.IndexOf("Enhanced every", StringComparison.Ordinal).ShouldBe(transfer.IndexOf("InProgress", StringComparison.Ordinal));
        var shown = CliRun.Of("show", path).Out.Split('\n');
        log.ShouldAllBe(line => shown.Contains(line));
    }

    [Fact]
    public void Should_ShowCompactLines_When_TheFittedColumnsLeaveTooLittleRoomForTheState()
    {
        // Given the same moment, whose journal lines' state starts at column 104 rather than 90
        var (_, state) = AfterTheResave();

        // When it is drawn 150 columns wide, which holds journal lines of the narrowest columns
        var screen = ConsoleText.Render(DashboardView.Render(state, 150, 40), 150, 40);

        // Then its lines are the compact ones, whose state keeps the room a journal line's would not have
        screen.ShouldContain($"04-01 06:00:00  vault-a   Policy {LongPolicy} Enhanced every 4h");
        screen.ShouldNotContain("2026-04-01T");
    }

    [Fact]
    public void Should_AlignTheLongPolicysStateWithTheOthers_When_TheCompactLinesLeaveItRoom()
    {
        // Given the same moment
        var (_, state) = AfterTheResave();

        // When it is drawn 150 columns wide: compact lines, with room for the policy's whole what
        var log = CompactLog(state, 150);

        // Then the columns fit the scenario's names: the policy's line is whole, and its state starts where every
        // other line's does, right after the longest what
        var policy = log.Where(line => line.Contains($"Policy {LongPolicy} ", StringComparison.Ordinal)).ShouldHaveSingleItem();
        var transfer = log.Where(line => line.Contains(" Transfer data to vault ", StringComparison.Ordinal)).ShouldHaveSingleItem();
        policy.ShouldBe($"04-01 06:00:00  vault-a   Policy {LongPolicy} Enhanced every 4h from 08:00 for 24h UTC, keep 30d, snapshots 7d");
        policy.IndexOf("Enhanced every", StringComparison.Ordinal).ShouldBe(transfer.IndexOf("InProgress", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_KeepTheCoresWhatColumnAndCutTheLongPolicy_When_TheWindowIsNarrow()
    {
        // Given the same moment
        var (_, state) = AfterTheResave();

        // When it is drawn 80 columns wide, too narrow for the policy's what and a state after it
        var log = CompactLog(state, 80);

        // Then the what column is as wide as the core's own words, the policy's name cut in its middle to fit it, and
        // the states start together, after the item column fitted to the scenario's names
        var policy = log.Where(line => line.Contains("Policy ", StringComparison.Ordinal)).ShouldHaveSingleItem();
        var transfer = log.Where(line => line.Contains(" Transfer data to vault ", StringComparison.Ordinal)).ShouldHaveSingleItem();
        transfer.ShouldBe("04-01 05:53:53  vm-app-01 Transfer data to vault InProgress");
        policy.ShouldStartWith("04-01 06:00:00  vault-a   Policy Enh…ours-Window Enhanced every 4h");
    }

    [Fact]
    public void Should_CutTheItemInItsMiddleAndKeepTheState_When_TheWindowIsAsNarrowAsTheDashboardGoes()
    {
        // Given the fleet's first night, whose vaults' and VMs' names are 17 characters long
        var state = DashboardWorlds.Fleet(DashboardWorlds.FleetFirstNight);

        // When it is drawn 60 columns wide, the narrowest the dashboard draws
        var log = ConsoleText.Render(DashboardView.Render(state, 60, 24), 60, 24).Split('\n')
            .Select(line => line.TrimEnd()).Where(line => line.StartsWith("05-04 ", StringComparison.Ordinal)).ToList();

        // Then every line's state starts in one column and reads whole ("Completed", "InProgress"), the item cut in its
        // middle to make room for it, rather than the state cut to "Co…"
        log.ShouldNotBeEmpty();
        log.ShouldAllBe(line => line.Length > 51 && line[50] != ' ' && line[49] == ' ');
        log.ShouldContain(line => line.EndsWith(" Take Snapshot          InProgress", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_NameWhatTheScriptWaitsForWhole_When_TheTitleHasNoRoomForItsLongForm()
    {
        // Given the long transfer's script waiting for vm-big-01's second transfer to complete
        var state = DashboardWorlds.Overlap(DashboardWorlds.OverlapSecondMorning);

        // When it is drawn on an 80-column window
        var lines = ConsoleText.Render(DashboardView.Render(state, 80, 24), 80, 24).Split('\n');

        // Then the title names the happening and its item whole, "script" giving way, where it read "of vm-big-01 …"
        lines.ShouldContain("─ Narration and events (UTC) · waits for transferCompleted of vm-big-01 #2 ".PadRight(80, '─'));
    }

    [Fact]
    public void Should_WrapTheNarrationOntoTheNextLine_When_ItIsLongerThanTheWindowIsWide()
    {
        // Given the demo's lesson on vm-legacy-01, whose point is the error code at its end
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning);

        // When it is drawn on an 80-column window
        var lines = ConsoleText.Render(DashboardView.Render(state, 80, 24), 80, 24).Split('\n').Select(line => line.TrimEnd()).ToList();

        // Then the narration reads whole on two lines, dated as the events are, and the newest event still shows under it
        var title = lines.FindIndex(l => l.StartsWith("─ Narration and events (UTC)", StringComparison.Ordinal));
        lines[title + 1].ShouldBe("» 03-02 02:59:49 vm-legacy-01 has no VM agent, so its backup fails with");
        lines[title + 2].ShouldBe("  UserErrorGuestAgentStatusUnavailable.");
        lines[title + 3].ShouldStartWith("03-02 ");
    }

    [Fact]
    public void Should_DateTheNarrationAsTheJournalLinesUnderIt_When_TheWindowIsWideEnoughForThem()
    {
        // Given the demo's lesson on vm-legacy-01
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning);

        // When it is drawn on a window wide enough for the journal's lines
        var lines = ConsoleText.Render(DashboardView.Render(state, Wide, 40), Wide, 40).Split('\n').Select(line => line.TrimEnd()).ToList();

        // Then the narration's time is written as theirs, in ISO 8601 with its year, not in the compact lines' short form
        var title = lines.FindIndex(l => l.StartsWith("─ Narration and events (UTC)", StringComparison.Ordinal));
        lines[title + 1].ShouldBe("» 2026-03-02T02:59:49Z vm-legacy-01 has no VM agent, so its backup fails with UserErrorGuestAgentStatusUnavailable.");
        lines[title + 2].ShouldStartWith("2026-03-02T");
    }

    /// <summary>The log's event lines, compact ones (no year), as a person reads them on a window <paramref name="width"/> wide.</summary>
    private static List<string> CompactLog(DashboardState state, int width) =>
        [.. ConsoleText.Render(DashboardView.Render(state, width, 40), width, 40).Split('\n')
            .Select(line => line.TrimEnd()).Where(line => line.StartsWith("04-01 ", StringComparison.Ordinal))];
}
