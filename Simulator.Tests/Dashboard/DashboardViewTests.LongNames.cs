namespace Simulator.Tests.Dashboard;

/// <summary>Long vault and item names on narrow windows: the names give way, in their middle, to what a row counts or says.</summary>
public sealed partial class DashboardViewTests
{
    [Theory]
    [InlineData(60)]
    [InlineData(64)]
    [InlineData(66)]
    [InlineData(70)]
    public void Should_CountEveryItemOfTheVault_When_ItsLongNameMeetsANarrowWindow(int width)
    {
        // Given a 49-character vault keeping two IRPending items and a protected one
        var state = LongNamesWorld.At(LongNamesWorld.FirstMorning);

        // When
        var lines = PlainLines(state, width, 20);

        // Then the name is cut shorter, in its middle, where "3 2 IRPending" left the third item uncounted
        var vault = lines.Single(line => line.Contains("…steurope-prod01", StringComparison.Ordinal) || line.Contains("westeurope-prod01", StringComparison.Ordinal));
        vault.TrimEnd().ShouldEndWith("3 2 IRPending · 1 other");
        vault.ShouldStartWith("  contoso-recove");
    }

    [Theory]
    [InlineData(60, "  vm-con…tend-02 IRPending  Warning (Initial backup pending)")]
    [InlineData(80, "  vm-contoso-websh…ction-frontend-02 IRPending  Warning (Initial backup pending)")]
    public void Should_KeepTheLastBackupStatusWhole_When_LongItemNamesMeetANarrowWindow(int width, string expected)
    {
        // Given frontend-02, whose first backup is pending, among names of 41 to 49 characters
        var state = LongNamesWorld.At(LongNamesWorld.FirstMorning);

        // When
        var lines = PlainLines(state, width, 24);

        // Then its name gives way, in its middle, and its status reads whole, where "Warning (Initial b…" was cut
        lines.ShouldContain(line => line.TrimEnd() == expected);
    }

    [Fact]
    public void Should_ShowEveryWayOfStopping_When_TheStopMenuAsksAboutLongNamesOnSixtyByEighteen()
    {
        // Given the database's stop menu on the narrowest window, its question naming a 49-character VM in a
        // 49-character vault
        var state = LongNamesWorld.At(LongNamesWorld.FirstMorning).Type("s");

        // When
        var lines = PlainLines(state, 60, 18).Select(line => line.TrimEnd()).ToList();

        // Then the names in the question give way in their middle to the three choices, where the question took three
        // lines and left "Retain backup data forever" alone, nothing saying two more were below
        lines.ShouldContain("─ Stop protection of vm-conto…abase-01 in contoso-…e-prod01");
        lines.ShouldContain("› Retain backup data forever");
        lines.ShouldContain("  Retain backup data as per policy");
        lines.ShouldContain("  Delete backup data");
    }
}
