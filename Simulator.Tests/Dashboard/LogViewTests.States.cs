using NodaTime;
using Simulator.Scenarios.Parsing;
using Simulator.Tui.Dashboard;
using Simulator.Tests.Support;
using Simulator.Tui.Dashboard.Views;

namespace Simulator.Tests.Dashboard;

/// <summary>The compact log's states that name a time: a soft delete's purge, a point's new expiry.</summary>
public sealed partial class LogViewTests
{
    /// <summary>vm-gone-01's protection stopped with its data deleted at 10:00 UTC: soft-deleted from 10:00:30 for 14 days.</summary>
    internal const string SoftDelete = """
        name: soft-delete-in-the-log
        seed: 3
        start: 2026-06-01T00:00:00Z
        duration: 30d
        vaults:
          - name: vault-sea
            region: southeastasia
        vms:
          - { name: vm-gone-01, region: southeastasia, vault: vault-sea }
        timeline:
          - at: 2026-06-08T10:00:00Z
            do: stopProtection
            item: vm-gone-01
            mode: deleteData
        """;

    /// <summary>Just after the delete job completed and the item went into soft delete.</summary>
    internal static readonly Instant SoftDeleted = Instant.FromUtc(2026, 6, 8, 10, 1);

    [Fact]
    public void Should_SayWhenTheItemIsPurgedInTheScreensShortForm_When_ItIsSoftDeletedOn80Columns()
    {
        // Given the item soft-deleted until 2026-06-22T10:00:30Z
        var state = DashboardWorlds.From(ScenarioParser.Parse(SoftDelete, "soft-delete.yaml"), SoftDeleted);

        // When the log is drawn 80 columns wide
        var log = EventLines(state, 80, 24, "06-08 ");

        // Then its line reads when the data goes, in the log's UTC as the line's own time, rather than "until 202…"
        log.ShouldContain("06-08 10:00:30  vm-gone-01 Delete state           Soft-deleted until 06-22 10:00");
    }

    [Fact]
    public void Should_GiveThePurgeItsOwnLineUnderTheItem_When_ALongNameLeavesItTooLittleRoomOn80Columns()
    {
        // Given the soft-deleted VM named as a real fleet's are, 30 characters, which its column cuts to 20
        var text = SoftDelete.Replace("vm-gone-01", DashboardWorlds.LongVmName, StringComparison.Ordinal);
        var state = DashboardWorlds.From(ScenarioParser.Parse(text, "soft-delete.yaml"), SoftDeleted);

        // When the log is drawn 80 columns wide and 30 high, with three event lines
        var log = ConsoleText.Render(DashboardView.Render(state, 80, 30), 80, 30).Split('\n').Select(line => line.TrimEnd()).ToList();

        // Then the purge is read whole on the line under its event, rather than "Soft-deleted until …" in its column
        var at = log.FindIndex(line => line.EndsWith(" Delete state", StringComparison.Ordinal));
        log[at].ShouldBe("06-08 10:00:30  vm-contos…rontend-01 Delete state");
        log[at + 1].ShouldBe("                Soft-deleted until 06-22 10:00");
        log[at + 2].ShouldBe("06-08 10:00:30  vm-contos…rontend-01 DeleteBackupData       Completed");
    }

    [Fact]
    public void Should_KeepTheOldestEventInViewToOneLine_When_OnlyOneIsLeftForItsPurge()
    {
        // Given the soft-deleted VM, whose delete job completed at the same instant, after it
        var state = DashboardWorlds.From(ScenarioParser.Parse(SoftDelete, "soft-delete.yaml"), SoftDeleted);

        // When the log is drawn 60 columns wide and 18 high, with two event lines
        var log = EventLines(state, 60, 18, "06-08 ");

        // Then the newest event keeps its line and the soft delete its one, cut, rather than taking both
        log.ShouldBe(
        [
            "06-08 10:00:30  vm-gone-01 Delete state           Soft-dele…",
            "06-08 10:00:30  vm-gone-01 DeleteBackupData       Completed",
        ]);
    }

    [Fact]
    public void Should_NotRepeatTheNarrationOnTopAsAnEventLine_When_ItIsTheNewestEvent()
    {
        // Given the script's refused resume, said at 10:00:10 after its own narration, the newest event
        var definition = ScenarioParser.Load(Path.Combine(RepositoryFiles.Scenarios, "stop-delete-soft-delete-undelete.yaml"));
        var state = DashboardWorlds.From(definition, Instant.FromUtc(2026, 6, 13, 10, 0, 20));

        // When the log is drawn 80 columns wide, two lines for the refusal and one for an event
        var lines = ConsoleText.Render(DashboardView.Render(state, 80, 24), 80, 24).Split('\n').Select(line => line.TrimEnd()).ToList();

        // Then the refusal reads once, whole on top, and the event line under it is the one before it
        var title = lines.FindIndex(l => l.StartsWith("─ Narration and events (UTC)", StringComparison.Ordinal));
        lines[title + 1].ShouldStartWith("» 06-13 10:00:10 Resume protection on 'vault-sea/vm-keep-01' refused:");
        lines[title + 3].ShouldBe("06-13 10:00:10  » Resume waits until the undelete has completed.");
        lines.Count(line => line.Contains("Resume protection on 'vault-sea/vm-keep-01' refused", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public void Should_GiveAnEarlierNarrationTheItemAndWhatColumns_When_ItIsAnEventLine()
    {
        // Given vm-deleted-stop-resume's refused start of the deleted VM, said after the step's own narration
        var definition = ScenarioParser.Load(Path.Combine(RepositoryFiles.Scenarios, "vm-deleted-stop-resume.yaml"));
        var state = DashboardWorlds.From(definition, Instant.FromUtc(2026, 6, 5, 8, 5));

        // When the log is drawn 60 columns wide, the narrowest the dashboard goes
        var lines = ConsoleText.Render(DashboardView.Render(state, 60, 18), 60, 18).Split('\n').Select(line => line.TrimEnd()).ToList();

        // Then the step's narration under the refusal reads whole, marked as the one on top is, rather than
        // "A deleted …" after a "-" for its item and "Narration" for its what
        var title = lines.FindIndex(l => l.StartsWith("─ Narration and events (UTC)", StringComparison.Ordinal));
        lines[title + 3].ShouldBe("06-05 08:05:00  » A deleted VM can't be started.");
    }

    /// <summary>The lines of the log that start with <paramref name="prefix"/> (an event's date), as a person reads them.</summary>
    private static List<string> EventLines(DashboardState state, int width, int height, string prefix) =>
        [.. ConsoleText.Render(DashboardView.Render(state, width, height), width, height).Split('\n')
            .Select(line => line.TrimEnd()).Where(line => line.StartsWith(prefix, StringComparison.Ordinal))];
}
