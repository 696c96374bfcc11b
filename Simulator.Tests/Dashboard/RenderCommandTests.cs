using Simulator.Tests.Support;
using Simulator.Tui.Cli;

namespace Simulator.Tests.Dashboard;

/// <summary><c>vaultsim render</c>: the dashboard at a virtual time as plain text, and clear refusals of bad arguments.</summary>
public sealed class RenderCommandTests
{
    private static readonly string Overlap = Path.Combine(RepositoryFiles.Scenarios, "long-transfer-overlap.yaml");

    [Fact]
    public void Should_PrintTheSkippedTransferBesideTheRunningOne_When_RenderedDuringTheOverlap()
    {
        var (code, output, _) = Run("render", Overlap, "--at", "2026-01-06T06:00:00Z");

        code.ShouldBe(ExitCodes.Ok);
        output.ShouldNotContain("\u001b");
        output.Split('\n').Length.ShouldBe(41);
        output.ShouldContain("Backup    vm-big-01     Completed     Completed   Skipped");
        output.ShouldContain("Backup    vm-big-01     In progress   Completed   ███");
    }

    [Theory]
    [InlineData("vault-grs/vm-erp-01", "vm-erp-01 in vault-grs · BackupsSuspended")]
    [InlineData("vm-erp-01", "vm-erp-01 in vault-lrs · Protected")]
    public void Should_NameTheVaultInTheDetailsTitle_When_AVmHasAnItemInTwoVaults(string item, string title)
    {
        var (code, output, _) = Run("render", Path.Combine(RepositoryFiles.Scenarios, "reconfigure-alternate-vault.yaml"), "--at", "2026-04-20", "--item", item);

        code.ShouldBe(ExitCodes.Ok);
        output.Split('\n')[1].ShouldStartWith($"─ {title} · policy DefaultPolicy");
    }

    [Fact]
    public void Should_SayARunIsDue_When_ItsTimeHasPassedAndItsJobHasNotStarted()
    {
        // 03:00 CET was half an hour ago; D6 starts the job up to two hours after it
        var (code, output, _) = Run("render", Path.Combine(RepositoryFiles.Scenarios, "demo.yaml"), "--at", "2026-03-02T03:30", "--item", "vm-db-01");

        code.ShouldBe(ExitCodes.Ok);
        output.Split('\n')[3].ShouldStartWith("  Next runs: 03-02 03:00 (due, starts by 05:00) · 03-03 03:00 · ");
    }

    [Fact]
    public void Should_KeepTheVaultInANarrowLogLine_When_TheVmHasAnItemInTwoVaults()
    {
        var (code, output, _) = Run("render", Path.Combine(RepositoryFiles.Scenarios, "reconfigure-alternate-vault.yaml"), "--at", "2026-04-20", "--width", "100");

        code.ShouldBe(ExitCodes.Ok);
        output.ShouldContain("\n04-19 04:00:42  vault-lrs/vm-erp-01 Backup                 Completed\n");
    }

    [Fact]
    public void Should_NameTheVaultInANarrowLogLine_When_TheEventIsTheVaultsOwn()
    {
        var (code, output, _) = Run("render", Path.Combine(RepositoryFiles.Scenarios, "vault-redundancy-lock.yaml"), "--at", "2026-10-01T08:00:01Z", "--width", "100");

        code.ShouldBe(ExitCodes.Ok);
        output.ShouldContain("\n10-01 08:00:00  vault-fc  Storage redundancy     LocallyRedundant\n");
    }

    [Fact]
    public void Should_SayTheTimeOnce_When_TheScenarioIsShownInUtc()
    {
        var (code, output, _) = Run("render", Path.Combine(RepositoryFiles.Scenarios, "stop-retain-then-resume.yaml"), "--at", "2026-05-20T00:00:00Z");

        code.ShouldBe(ExitCodes.Ok);
        output.Split('\n')[0].ShouldContain("│ 2026-05-20 00:00:00 UTC │");
    }

    [Fact]
    public void Should_TakeADateAsItsMidnightInTheScenariosZone_When_RenderedAt()
    {
        var (code, output, _) = Run("render", Path.Combine(RepositoryFiles.Scenarios, "demo.yaml"), "--at", "2026-03-03");

        code.ShouldBe(ExitCodes.Ok);
        output.Split('\n')[0].ShouldContain("│ 2026-03-03 00:00:00 CET (03-02 23:00:00 UTC) │");
    }

    [Fact]
    public void Should_ShowARegionWhole_When_ItIsLongerThanTheColumnsLeastWidth()
    {
        var (code, output, _) = Run("render", Path.Combine(RepositoryFiles.Scenarios, "weekly-policy.yaml"), "--at", "+1d");

        code.ShouldBe(ExitCodes.Ok);
        output.ShouldContain("  vault-gwc    germanywestcentral GeoRedundant ");
    }

    [Fact]
    public void Should_PrintTheSameText_When_RenderedTwice()
    {
        var first = Run("render", Overlap, "--at", "+1d6h", "--width", "80", "--height", "24");
        var second = Run("render", Overlap, "--at", "+1d6h", "--width", "80", "--height", "24");

        second.Output.ShouldBe(first.Output);
    }

    [Theory]
    [InlineData("--width", "0", "--width: '0' is out of range")]
    [InlineData("--height", "5000", "--height: '5000' is out of range")]
    [InlineData("--width", "10", "--width: '10' is out of range; allowed is a whole number from 60 to 1,000 (the dashboard needs at least 60×18).")]
    [InlineData("--height", "17", "--height: '17' is out of range; allowed is a whole number from 18 to 1,000 (the dashboard needs at least 60×18).")]
    [InlineData("--width", "wide", "--width: 'wide' is not a whole number; allowed is a whole number from 60 to 1,000")]
    [InlineData("--at", "yesterday", "--at: 'yesterday' is not a time; write ISO 8601 like 2026-01-15T09:30:00+01:00, a time in Europe/Berlin like 2026-01-15T09:00, or a date like 2026-01-15 (00:00 there). A time counted from the scenario's start also works: +3d is three days after it.")]
    [InlineData("--at", "-1d", "--at: '-1d' is not a time; write ISO 8601 like 2026-01-15T09:30:00+01:00, a time in Europe/Berlin like 2026-01-15T09:00, or a date like 2026-01-15 (00:00 there). A time counted from the scenario's start goes forward only: +3d is three days after it.")]
    [InlineData("--at", "2027-01-01T00:00:00Z", "--at: 2027-01-01T00:00:00Z is outside scenario")]
    [InlineData("--item", "vm-nope", "--item: scenario 'long-transfer-overlap' has no protected item 'vm-nope'")]
    public void Should_ExitWithInvalidInputNamingTheOption_When_AnArgumentIsBad(string option, string value, string message)
    {
        string[] args = option == "--at" ? ["render", Overlap, option, value] : ["render", Overlap, "--at", "+1d", option, value];

        var (code, _, error) = Run(args);

        code.ShouldBe(ExitCodes.InvalidInput);
        error.ShouldContain(message);
        error.ShouldNotContain("   at ");
    }

    [Theory]
    [InlineData("vault-lrs/vm-erp-1", "vault-lrs/vm-erp-01")]
    [InlineData("vm-erp-1", "vm-erp-01")]
    public void Should_ListEachVaultsItem_When_AMistypedNameIsProtectedInTwoVaults(string asked, string meant)
    {
        // Given vm-erp-01 protected in two vaults on 20 April (its backups moved to another vault)
        // When its detail is asked for with a slip in the name
        var (code, _, error) = Run("render", Path.Combine(RepositoryFiles.Scenarios, "reconfigure-alternate-vault.yaml"), "--at", "2026-04-20", "--item", asked);

        // Then both are listed with their vaults, and the name meant is suggested as it was asked for
        code.ShouldBe(ExitCodes.InvalidInput);
        error.ShouldEndWith($"Did you mean '{meant}'? Its items then: vault-grs/vm-erp-01, vault-lrs/vm-erp-01.\n");
    }

    [Fact]
    public void Should_SuggestTheItemMeantAndListTheItems_When_AnItemNameIsMistyped()
    {
        // Given a slip in the name of one of dst-shift's three VMs
        // When its detail is asked for
        var (code, _, error) = Run("render", Path.Combine(RepositoryFiles.Scenarios, "dst-shift.yaml"), "--at", "+3d", "--item", "vm-folow");

        // Then the refusal names the item meant and the items there are then, as a scenario's mistyped name is told
        code.ShouldBe(ExitCodes.InvalidInput);
        error.ShouldBe("vaultsim: --item: scenario 'dst-shift' has no protected item 'vm-folow' at +3d. Did you mean 'vm-follow'? Its items then: vm-fixed, vm-follow, vm-resaved.\n");
    }

    [Fact]
    public void Should_SayTheItemWasPurged_When_ItsDetailIsAskedForAfterItsDataWentForGood()
    {
        // Given vm-gone-01, whose soft delete ended on 22 June: its jobs are still in the list, its item is gone
        // When its detail is asked for after that
        var (code, _, error) = Run("render", Path.Combine(RepositoryFiles.Scenarios, "stop-delete-soft-delete-undelete.yaml"), "--at", "2026-06-23", "--item", "vm-gone-01");

        // Then the refusal says why there is no item, as the dashboard does, and names no other VM as meant
        code.ShouldBe(ExitCodes.InvalidInput);
        error.ShouldBe("vaultsim: --item: vault-sea/vm-gone-01 is no longer in the vault (its backup data was purged) at 2026-06-23. Its items then: vm-keep-01.\n");
    }

    [Fact]
    public void Should_SayOnlyTheBlankSpace_When_ATimeIsGivenWithSpaceAroundIt()
    {
        // When a time is quoted with a space, as a shell variable may hold it
        var (code, _, error) = Run("render", Overlap, "--at", " 2026-01-06");

        // Then it is told the space, not also the offset form, which it was not meant as
        code.ShouldBe(ExitCodes.InvalidInput);
        error.ShouldContain("--at: ' 2026-01-06' has blank space around it; write 2026-01-06 alone.");
        error.ShouldNotContain("also works");
    }

    [Fact]
    public void Should_ShowTheNewestJobsOnTheScale_When_TheTimelineOfAScenarioOfWeeksIsRendered()
    {
        // Given a MARS server backed up three times a day for 40 days: 120 rows, oldest first, where 100 columns show 14 days
        var scenario = Path.Combine(RepositoryFiles.Scenarios, "mars-three-a-day.yaml");

        // When its timeline is rendered at the end
        var (code, output, _) = Run("render", scenario, "--at", "+40d", "--timeline", "--width", "100", "--height", "30");

        // Then it opens on the server's newest jobs, the transfer under way on the last row, rather than its first
        // jobs of weeks before, which the scale can't show: every row drawn has its bar
        code.ShouldBe(ExitCodes.Ok);
        var lines = output.Split('\n');
        var axis = Array.FindIndex(lines, l => l.TrimStart().StartsWith("┊03-22", StringComparison.Ordinal));
        var rows = lines.Skip(axis + 1).TakeWhile(l => !l.StartsWith('─') && !l.StartsWith("  ↑ more", StringComparison.Ordinal)).ToList();
        rows.Count.ShouldBeGreaterThan(4);
        rows.ShouldAllBe(row => row.Contains('█') || row.Contains('▒'));
        rows[^1].ShouldContain("▒");
    }

    [Fact]
    public void Should_RefuseTheTimeline_When_AnItemsDetailIsOpened()
    {
        // When both are asked for, of which the frame showed only the item's detail
        var (code, output, error) = Run("render", Overlap, "--at", "+1d", "--item", "vm-big-01", "--timeline");

        // Then
        code.ShouldBe(ExitCodes.InvalidInput);
        output.ShouldBeEmpty();
        error.ShouldBe("vaultsim: --timeline: --item's detail takes the place of the job list the timeline would replace, and shows the item's own timeline; leave out --timeline, or leave out --item.\n");
    }

    [Theory]
    [InlineData("--width", "vaultsim: --width: '999999999999' is out of range; allowed is a whole number from 60 to 1,000 (the dashboard needs at least 60×18).\n")]
    [InlineData("--height", "vaultsim: --height: '999999999999' is out of range; allowed is a whole number from 18 to 1,000 (the dashboard needs at least 60×18).\n")]
    public void Should_SayTheSizeIsOutOfRangeAndGiveTheRange_When_ItIsTooBigForANumber(string option, string message)
    {
        // Given a size past what an int holds, which System.CommandLine called "Cannot parse argument"

        // When
        var (code, output, error) = Run("render", Overlap, "--at", "+1d", option, "999999999999");

        // Then it is read as --vms and --days are, and refused in the same words
        code.ShouldBe(ExitCodes.InvalidInput);
        error.ReplaceLineEndings("\n").ShouldBe(message);
        output.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("--width", "1,000")]
    [InlineData("--height", "1_000")]
    public void Should_ReadTheSize_When_ItsThousandsAreGroupedAsForOtherNumbers(string option, string value)
    {
        // When
        var (code, output, _) = Run("render", Overlap, "--at", "+1d", option, value);

        // Then
        code.ShouldBe(ExitCodes.Ok);
        output.Split('\n').Length.ShouldBe(option == "--height" ? 1001 : 41);
    }

    [Fact]
    public void Should_ExitWithInvalidInput_When_AtIsMissing()
    {
        var (code, _, error) = Run("render", Overlap);

        code.ShouldBe(ExitCodes.InvalidInput);
        error.ShouldContain("--at");
    }

    [Fact]
    public void Should_RefuseTheDashboard_When_ThereIsNoTerminal()
    {
        var (code, _, error) = Run("tui");

        code.ShouldBe(ExitCodes.InvalidInput);
        error.ShouldContain("needs a terminal");
    }

    [Fact]
    public void Should_PrintTheDemoTimeline_When_RunWithoutArgumentsOrTerminal()
    {
        var (code, output, _) = Run();

        code.ShouldBe(ExitCodes.Ok);
        output.ShouldStartWith("# demo:");
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = VaultsimCli.Run(args, new CliIo(output, error, IsInteractive: false));
        return (code, output.ToString().ReplaceLineEndings("\n"), error.ToString());
    }
}
