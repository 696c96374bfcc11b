using Simulator.Scenarios.Parsing;
using Simulator.Tests.Support;
using Simulator.Tui.Dashboard;
using Simulator.Tui.Dashboard.Views;
using Spectre.Console;

namespace Simulator.Tests.Dashboard;

/// <summary>Names and filters in Chinese or Japanese, whose characters take two terminal cells each, are measured in
/// cells wherever a title, a column or a wrapped line is fitted to the window, as ASCII ones are.</summary>
public sealed class WideCharacterTests
{
    /// <summary>26 characters, 52 cells: wider than it is long, as every CJK name is.</summary>
    private const string WideName = "ウェブサーバー本番〇一号機ウェブサーバー本番〇一号機";

    /// <summary>The name's first 16 characters, 32 cells.</summary>
    private const string WideFilter = "ウェブサーバー本番〇一号機ウェブ";

    [Fact]
    public void Should_PutThePolicyUnderTheTitle_When_AWideItemNameLeavesTheTitleNoRoomForIt()
    {
        // Given the demo's web VM named in Japanese, opened
        var state = WideDemo() with { OpenItem = WideName };

        // When
        var lines = Lines(state, 100, 30);

        // Then its policy on a line of its own, read whole, where the title cut it at the window's edge ("policy De…")
        lines.ShouldAllBe(line => line.GetCellWidth() <= 100);
        lines[1].ShouldStartWith($"─ {WideName} in contoso-vault-weu · IRPending ─");
        lines.ShouldContain(line => line.StartsWith("  Policy DefaultPolicy", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_TakeTheShorterItemsTitle_When_AWideFilterLeavesTheLongerNoRoom()
    {
        // Given the items filtered by the start of the Japanese name
        var state = WideDemo().Type("/").Type(WideFilter);

        // When
        var lines = Lines(state, 100, 30);

        // Then the title gives up the pane's name, so that the zone the times are in reads whole ("times Europe/Amste…")
        lines.ShouldAllBe(line => line.GetCellWidth() <= 100);
        lines.ShouldContain(line => line.StartsWith($"─ Items (1) · sort: Name · filter '{WideFilter}' · times Europe/Amsterdam ─", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_WrapWideWordsByTheirCells_When_TheyTakeSeveralLines()
    {
        // Given words of four Japanese characters, eight cells each
        const string Text = "東京本番 大阪本番 名古屋本 福岡本番 札幌本番 仙台本番";

        // When wrapped on lines of 20 cells
        var lines = TextWrap.Lines(Text, 20, 3).ToList();

        // Then two words a line, each within its 20 cells, where counted as characters five went on one (44 cells)
        lines.ShouldBe(["東京本番 大阪本番", "名古屋本 福岡本番", "札幌本番 仙台本番"]);
    }

    private static DashboardState WideDemo()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryFiles.Scenarios, "demo.yaml")).Replace("vm-web-01", WideName, StringComparison.Ordinal);
        return DashboardWorlds.From(ScenarioParser.Parse(text, "demo.yaml"), DashboardWorlds.DemoFirstMorning);
    }

    private static string[] Lines(DashboardState state, int width, int height) =>
        ConsoleText.Render(DashboardView.Render(state, width, height), width, height).Split('\n');
}
