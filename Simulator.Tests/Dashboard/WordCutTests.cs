using NodaTime;
using Simulator.Core.Journal;
using Simulator.Tests.Support;
using Simulator.Tui.Dashboard;
using Simulator.Tui.Dashboard.Views;

namespace Simulator.Tests.Dashboard;

/// <summary>Prose on a few lines (a status, a narration) that does not fit them ends at a whole word, then "…".</summary>
public sealed class WordCutTests
{
    /// <summary>Half an hour into the demo, its opening narration the latest.</summary>
    private static readonly Instant Opened = Instant.FromUtc(2026, 3, 2, 0, 30);

    [Fact]
    public void Should_CutTheStatusAtAWord_When_ItIsLongerThanItsLines()
    {
        // Given + Backup refused in a vault with nothing to protect, longer than the status's lines at 60×18, where the
        // job list has no row to spare for them
        var refused = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning).Type("e");

        // When the screen is drawn at 60 columns
        var lines = Lines(refused, 60, 18);
        var first = Array.FindIndex(lines, line => line.StartsWith("✗ Nothing to protect", StringComparison.Ordinal));
        var status = lines.Skip(first).TakeWhile((line, at) => at == 0 || line.StartsWith("  ", StringComparison.Ordinal)).ToList();

        // Then its last line ends after a whole word of the refusal, not in one
        first.ShouldBeGreaterThan(0);
        WholeWordsBeforeTheEllipsis(status[^1], refused.Status!.Text);
    }

    [Fact]
    public void Should_CutANarrationAtAWord_When_ItIsLongerThanItsLines()
    {
        // Given the demo's opening narration, longer than its two lines at 60 columns
        var opening = DashboardWorlds.Demo(Opened);
        var narration = opening.World.Log.Events.OfType<Narration>().First().Text;

        // When the screen is drawn at 60 columns
        var lines = Lines(opening, 60, 20);
        var said = lines.SkipWhile(line => !line.StartsWith("» ", StringComparison.Ordinal)).Take(2).ToList();

        // Then its second line ends after a whole word of it
        said.Count.ShouldBe(2);
        WholeWordsBeforeTheEllipsis(said[1], narration);
    }

    [Fact]
    public void Should_CutAPanesTitleAtAWord_When_ItIsLongerThanTheLine()
    {
        // Given X on vm-batch-01's detail: the delete prompt's question is longer than a 60-column title bar
        var asked = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning) with { OpenItem = "vm-batch-01" };
        asked = asked.Type("X");
        var question = asked.Overlay.ShouldBeOfType<PromptOverlay>().Title;

        // When the screen is drawn at 60 columns
        var title = Lines(asked, 60, 20).Single(line => line.StartsWith("─ Delete the VM", StringComparison.Ordinal));

        // Then the title bar ends after a whole word of the question, then " …", and its rule
        title.ShouldStartWith("─ Delete the VM vm-batch-01 in Azure (a fault: its item … ─");
        WholeWordsBeforeTheEllipsis(title.TrimEnd('─').TrimEnd(), question);
    }

    private static void WholeWordsBeforeTheEllipsis(string line, string text)
    {
        line.ShouldEndWith(" …");
        var lastWord = line[..^2].TrimEnd().Split(' ')[^1];
        text.Split(' ').ShouldContain(lastWord);
    }

    private static string[] Lines(DashboardState state, int width, int height) =>
        ConsoleText.Render(DashboardView.Render(state, width, height), width, height).Split('\n').Select(line => line.TrimEnd()).ToArray();
}
