using NodaTime;
using Simulator.Scenarios.Parsing;
using Simulator.Tests.Support;
using Simulator.Tui.Dashboard.Views;

namespace Simulator.Tests.Dashboard;

/// <summary>An item's detail title with long names: its vault cut in its middle, its state kept.</summary>
public sealed partial class DetailViewTests
{
    private const string Frontend = "vm-contoso-webshop-production-frontend-01";
    private const string Database = "vm-contoso-webshop-production-backend-database-01";

    [Theory]
    [InlineData(80, "─ vm-contoso-webshop-production-frontend-01 in contoso-r…ope-prod01 · Protected")]
    [InlineData(100, "─ vm-contoso-webshop-production-frontend-01 in contoso-recovery-se…lt-westeurope-prod01 · Protected")]
    public void Should_CutTheVaultInItsMiddleAndKeepTheState_When_TheTitleHasRoomForPartOfTheVault(int width, string expected)
    {
        // Given frontend-01's detail, its vault's name 49 characters
        var state = LongNamesWorld.At(LongNamesWorld.FirstMorning) with { OpenItem = Frontend };

        // When
        var lines = LongNameLines(state, width, 24);

        // Then the title uses its room, where "… in … ───" hid the vault and the state with 23 columns of rule unused
        lines[1].ShouldBe(expected);
    }

    [Fact]
    public void Should_MoveTheStateUnderTheTitle_When_TheTitleHasNoRoomForItAtSixtyColumns()
    {
        // Given frontend-01's detail
        var state = LongNamesWorld.At(LongNamesWorld.FirstMorning) with { OpenItem = Frontend };

        // When
        var lines = LongNameLines(state, 60, 20);

        // Then the vault keeps both its ends in the title, and the state heads the line under it
        lines[1].ShouldBe("─ vm-contoso-webshop-production-frontend-01 in conto…prod01");
        lines[2].ShouldBe("  Protection Protected · policy DefaultPolicy");
    }

    [Fact]
    public void Should_CutALongPolicyInItsMiddle_When_ItsLineIsTooNarrowForIt()
    {
        // Given the database's detail, under a 54-character policy
        var state = LongNamesWorld.At(LongNamesWorld.FirstMorning) with { OpenItem = Database };

        // When
        var lines = LongNameLines(state, 60, 20);

        // Then both ends of the policy's name show, as a list's names do, where its end was cut ("…-For-T…")
        lines.ShouldContain("  Policy Enhanced-Hourly-Policy-Wi…-Very-Long-Name-For-Tests");
        lines.ShouldContain("  Protection IRPending");
    }

    [Fact]
    public void Should_AskTheWholeQuestionWithEveryChoice_When_TheStopMenuIsOpenInALongNamedDetailOnSixtyByEighteen()
    {
        // Given frontend-01's detail, its title and the lines under it taking half the body, and s pressed
        var state = (LongNamesWorld.At(LongNamesWorld.FirstMorning) with { OpenItem = Frontend }).Type("s");

        // When
        var lines = LongNameLines(state, 60, 18);

        // Then the lines under the title give way to the question, its vault included, and the three ways of
        // stopping, where the menu kept its hint and its first choice
        var question = Array.IndexOf(lines, "  Stop protection of");
        question.ShouldBeGreaterThan(1);
        lines[question + 1].ShouldBe($"  {Frontend} in");
        lines[question + 2].ShouldBe("  contoso-recovery-services-vault-westeurope-prod01");
        lines[question + 4].ShouldBe("› Retain backup data forever");
        lines[question + 5].ShouldBe("  Retain backup data as per policy");
        lines[question + 6].ShouldBe("  Delete backup data");
    }

    [Theory]
    [InlineData(80, "─ vm-gone-01-with-quite-a-long-name-to-cut-here-xyz in vault-s…e-title · Purged")]
    [InlineData(60, "─ vm-gone-01-with…-to-cut-here-xyz in vault…-title · Purged")]
    public void Should_KeepTheVaultAndPurgedInTheTitleAndTheNameWhole_When_AnOpenItemWithALongNameIsPurged(int width, string title)
    {
        // Given a 49-character VM's detail open in a 46-character vault, its data purged three minutes before
        const string Scenario = """
            name: purge
            seed: 3
            start: 2026-01-05T00:00:00Z
            duration: 5d
            vaults:
              - { name: vault-sea-with-a-long-vault-name-for-the-title, region: southeastasia, softDelete: false }
            vms:
              - { name: vm-gone-01-with-quite-a-long-name-to-cut-here-xyz, region: southeastasia, vault: vault-sea-with-a-long-vault-name-for-the-title }
            timeline:
              - { at: 2026-01-07T10:00:00Z, do: stopProtection, item: vm-gone-01-with-quite-a-long-name-to-cut-here-xyz, mode: deleteData }
            """;
        var reference = "vault-sea-with-a-long-vault-name-for-the-title/vm-gone-01-with-quite-a-long-name-to-cut-here-xyz";
        var state = DashboardWorlds.From(ScenarioParser.Parse(Scenario, "purge.yaml"), Instant.FromUtc(2026, 1, 7, 10, 5)) with { OpenItem = reference };

        // When
        var lines = LongNameLines(state, width, 18);

        // Then the title keeps the vault, cut in its middle, and "· Purged", where it read "vm-gone-01-… in …", and
        // the sentence under it gives every character of the item's reference, where the window's edge cut it
        lines[1].ShouldBe(title);
        var sentence = string.Concat(lines.Skip(2).TakeWhile(line => line.Length > 0).Select(line => line[2..]));
        sentence.ShouldContain(reference);
    }

    private static string[] LongNameLines(Tui.Dashboard.DashboardState state, int width, int height) =>
        [.. ConsoleText.Render(DashboardView.Render(state, width, height), width, height).Split('\n').Select(line => line.TrimEnd())];
}
