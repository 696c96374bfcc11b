using Simulator.Scenarios;
using Simulator.Tests.Support;
using Simulator.Tui.Dashboard;
using Simulator.Tui.Dashboard.Input;
using Simulator.Tui.Dashboard.Views;

namespace Simulator.Tests.Dashboard;

public sealed class KeyMapTests
{
    private static readonly DashboardState Main = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning);

    [Theory]
    [InlineData(' ', nameof(CommandKind.TogglePause))]
    [InlineData('+', nameof(CommandKind.Faster))]
    [InlineData('-', nameof(CommandKind.Slower))]
    [InlineData('n', nameof(CommandKind.NextEvent))]
    [InlineData('g', nameof(CommandKind.GoToTime))]
    [InlineData('j', nameof(CommandKind.Down))]
    [InlineData('k', nameof(CommandKind.Up))]
    [InlineData('l', nameof(CommandKind.NextPane))]
    [InlineData('h', nameof(CommandKind.PreviousPane))]
    [InlineData('/', nameof(CommandKind.Filter))]
    [InlineData('?', nameof(CommandKind.Help))]
    [InlineData('f', nameof(CommandKind.CycleJobFilter))]
    [InlineData('b', nameof(CommandKind.BackupNow))]
    [InlineData('q', nameof(CommandKind.Quit))]
    public void Should_MapAKey_When_TheItemListHasFocus(char key, string expected)
    {
        var typed = Keys.Text(key.ToString()).Single();

        KeyMap.Map(Main, typed)!.Value.Kind.ShouldBe(Enum.Parse<CommandKind>(expected));
    }

    [Fact]
    public void Should_MapXToDeleteVm_When_TheSelectedVmExists()
    {
        KeyMap.Map(Main, Keys.Text("X").Single())!.Value.Kind.ShouldBe(CommandKind.DeleteVm);
    }

    [Fact]
    public void Should_MapXToRecreateVm_When_TheSelectedVmHasBeenDeleted()
    {
        // Given the item list on vm-app-01, whose VM was deleted
        var deleted = DashboardWorlds.VmDeleted(DashboardWorlds.VmDeletedNextMorning);

        // When
        var command = KeyMap.Map(deleted, Keys.Text("X").Single());

        // Then
        command!.Value.Kind.ShouldBe(CommandKind.RecreateVm);
    }

    [Fact]
    public void Should_Quit_When_CtrlCIsPressedEvenInAPrompt()
    {
        var prompt = Main.Type("g");

        KeyMap.Map(prompt, Keys.CtrlC)!.Value.Kind.ShouldBe(CommandKind.Quit);
    }

    [Theory]
    [InlineData("y", nameof(CommandKind.Accept))]
    [InlineData("Y", nameof(CommandKind.Accept))]
    [InlineData("n", nameof(CommandKind.Back))]
    [InlineData("N", nameof(CommandKind.Back))]
    public void Should_AnswerAConfirmation_When_YOrNIsPressedInEitherCase(string key, string expected)
    {
        // Given the confirmation of deallocating the selected VM
        var confirm = Main.Type("v");
        confirm.Mode.ShouldBe(InputMode.Confirm);

        // When / Then Caps Lock makes no difference
        KeyMap.Map(confirm, Keys.Text(key).Single())!.Value.Kind.ToString().ShouldBe(expected);
    }

    [Fact]
    public void Should_TypeLetters_When_APromptTakesText()
    {
        var prompt = Main.Type("/");

        KeyMap.Map(prompt, Keys.Text("q").Single()).ShouldBe(new DashboardCommand(CommandKind.Type, 'q'));
    }

    [Fact]
    public void Should_NotOfferItemActions_When_TheJobListHasFocus()
    {
        var jobs = Main with { Focus = Pane.Jobs };

        KeyMap.Map(jobs, Keys.Text("b").Single()).ShouldBe(DashboardCommand.Unbound(Keys.Text("b").Single()));
        KeyHelp.Bindings(jobs).Select(b => b.Command).ShouldNotContain(CommandKind.BackupNow);
        KeyHelp.Bindings(jobs).Select(b => b.Command).ShouldNotContain(CommandKind.Unbound);
        KeyHelp.Bindings(jobs).Select(b => b.Command).ShouldContain(CommandKind.CancelJob);
    }

    [Fact]
    public void Should_TurnTheClocksKeysOff_When_TheScenarioHasEnded()
    {
        var ended = DashboardWorlds.Demo(BuiltInScenarios.Demo().Header.End);

        var space = new ConsoleKeyInfo(' ', ConsoleKey.Spacebar, false, false, false);
        KeyMap.Map(ended, space).ShouldBe(DashboardCommand.Unbound(space));
        KeyHelp.Bindings(ended).Select(b => b.Command).ShouldNotContain(CommandKind.TogglePause);
        KeyHelp.Bindings(ended).Select(b => b.Command).ShouldNotContain(CommandKind.GoToTime);
        ended.Type("+").Status.ShouldNotBeNull().Text.ShouldBe("The scenario ended at 2026-03-05 01:00:00 CET (00:00:00 UTC): its actions and its clock are off; ? lists the keys that still work.");
        KeyHelp.Bindings(ended).Select(b => b.Command).ShouldNotContain(CommandKind.BackupNow);
        KeyHelp.Bindings(Main).Select(b => b.Command).ShouldContain(CommandKind.TogglePause);
    }

    [Fact]
    public void Should_SayAKeyDoesNothing_When_ItDidNothingBeforeTheScenarioEndedEither()
    {
        var ended = DashboardWorlds.Demo(BuiltInScenarios.Demo().Header.End);
        var f5 = new ConsoleKeyInfo('\0', ConsoleKey.F5, false, false, false);

        var state = ended.Press(f5);

        // Not blamed on the end, which turned off only the clock's keys and the actions
        state.Status.ShouldNotBeNull().Text.ShouldBe("F5 does nothing here; ? lists the keys.");
    }

    [Theory]
    [InlineData("jobs", "b", "'b' acts on the selected item: Shift+Tab to the protected items first.")]
    [InlineData("items", "c", "'c' acts on the selected job: Tab to the jobs first.")]
    [InlineData("items", "z", "'z' does nothing here; ? lists the keys.")]
    public void Should_SayWhyAKeyDidNothing_When_ItWorksInAnotherPaneOrNowhere(string focus, string key, string said)
    {
        var state = (Main with { Focus = focus == "jobs" ? Pane.Jobs : Pane.Items }).Type(key);

        state.Status.ShouldNotBeNull().Text.ShouldBe(said);
        state.Status.IsError.ShouldBeTrue();
    }

    [Fact]
    public void Should_SayWhereEnterWorks_When_ItIsPressedOnTheVaults()
    {
        var state = (Main with { Focus = Pane.Vaults }).Press(Keys.Enter);

        state.OpenItem.ShouldBeNull();
        state.Status.ShouldNotBeNull().Text.ShouldBe("Enter acts on the selected item: Tab to the protected items first.");
    }

    [Fact]
    public void Should_SayThereIsNoJobToOpen_When_EnterIsPressedOnAnEmptyJobList()
    {
        // Given the job list showing only failed jobs, of which the DST scenario has none
        var state = DashboardWorlds.Dst(DashboardWorlds.DstDayAfter) with { Focus = Pane.Jobs, JobFilter = JobFilter.Failed };

        // When
        var opened = state.Press(Keys.Enter);

        // Then
        opened.OpenItem.ShouldBeNull();
        opened.Status.ShouldNotBeNull().Text.ShouldBe("No job to open: the job list shows no failed jobs; f changes the filter.");
    }

    [Fact]
    public void Should_NameTheNameFilter_When_EnterIsPressedOnAnInProgressJobListItEmptied()
    {
        // Given the demo's first morning, jobs running, and the In progress job list emptied by a name filter
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning).Type("/zzz").Press(Keys.Enter).Type("f") with { Focus = Pane.Jobs };
        state.JobFilter.ShouldBe(JobFilter.InProgress);

        // When
        var opened = state.Press(Keys.Enter);

        // Then the status line names what hides the jobs, as the list's own line does, and its way out
        opened.Status.ShouldNotBeNull().Text.ShouldBe("No job to open: the job list shows no in progress jobs of an item whose name contains 'zzz'. Esc clears the filter.");
        ConsoleText.Render(DashboardView.Render(opened, 120, 40), 120, 40).ShouldContain("  No jobs in progress of an item whose name contains 'zzz'. Esc clears the filter.");
    }

    [Fact]
    public void Should_SayEnterWorksOnTheLists_When_AnItemIsAlreadyOpen()
    {
        var state = Main.Press(Keys.Enter, Keys.Enter);

        state.OpenItem.ShouldBe("contoso-vault-weu/vm-batch-01");
        state.Status.ShouldNotBeNull().Text.ShouldBe("Enter works on the lists, not in an item's detail: Esc goes back to them.");
    }

    [Theory]
    [InlineData("t", "'t' works on the lists, not in an item's detail: Esc goes back to them.")]
    [InlineData("/", "'/' works on the lists, not in an item's detail: Esc goes back to them.")]
    [InlineData("c", "'c' works on the job list, not in an item's detail: Esc goes back to the lists.")]
    [InlineData("z", "'z' does nothing here; ? lists the keys.")]
    public void Should_SayAKeyWorksOnTheLists_When_ItIsPressedInAnItemsDetail(string key, string said)
    {
        var state = Main.Press(Keys.Enter).Type(key);

        state.OpenItem.ShouldBe("contoso-vault-weu/vm-batch-01");
        state.Status.ShouldNotBeNull().Text.ShouldBe(said);
    }

    [Fact]
    public void Should_BuildHelpFromTheKeyMap_When_AskedForTheBindings()
    {
        var bindings = KeyHelp.Bindings(Main);

        bindings.Single(b => b.Command == CommandKind.Quit).Keys.ShouldBe(["q", "Ctrl+C"]);
        bindings.Single(b => b.Command == CommandKind.Down).Keys.ShouldBe(["↓", "j"]);
        bindings.ShouldAllBe(b => b.Keys.All(label => KeyCatalog.Keys.Any(k => k.Label == label)));
    }
}
