using NodaTime;
using Simulator.Scenarios;
using Simulator.Tests.Support;
using Simulator.Tui.Cli;
using Simulator.Tui.Dashboard;
using Simulator.Tui.Dashboard.Live;
using Simulator.Tui.Dashboard.Views;

namespace Simulator.Tests.Dashboard;

/// <summary>The line above the events: the outcome of the last key, kept until the next key starts something new.</summary>
public sealed class StatusLineTests : IDisposable
{
    /// <summary>Resume on an item that is protected: refused before anything is asked.</summary>
    private const string Refused = "✗ Resume protection refused: ";

    /// <summary>Wide enough for a status line naming a run file in a temporary folder on two lines.</summary>
    private const int Wide = 200;

    private static readonly ConsoleKeyInfo ShiftTab = new('\t', ConsoleKey.Tab, shift: true, alt: false, control: false);

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static DashboardState Refusal() => DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning).Type("r");

    [Theory]
    [InlineData("g", "─ Go to time ─")]
    [InlineData("b", "─ Backup now: vm-batch-01 in contoso-vault-weu ─")]
    [InlineData("s", "─ Stop protection of vm-batch-01 in contoso-vault-weu ─")]
    [InlineData("/", "─ Filter by item name ─")]
    [InlineData("?", "─ Keys: main screen · Esc or ? closes ─")]
    public void Should_DropTheRefusal_When_ANewPromptOpensAfterIt(string key, string opened)
    {
        // Given a refusal on the status line
        var refused = Refusal();
        Screen(refused).ShouldContain(Refused);

        // When the person opens something new
        var screen = Screen(refused.Type(key));

        // Then it shows without the old refusal under it
        screen.ShouldContain(opened);
        screen.ShouldNotContain("✗");
    }

    [Fact]
    public void Should_WriteTheTimesOfARefusalAsTheHeaderDoes_When_TheCoreRefusesWithATime()
    {
        // Given vm-batch-01 stopped with its data retained, in the demo's zone (Europe/Amsterdam), its job still running
        var stopped = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning).Type("s").Press(Keys.Enter).Press(Keys.Enter);
        stopped.World.Simulation.FindItem("vm-batch-01")!.RunningOperation.ShouldNotBeNull();

        // When Backup now is pressed while that job runs
        var pressed = stopped.Type("b");

        // Then the job's end reads as the clock above it does, local time first, not as the core's ISO instant in UTC
        Screen(pressed).ShouldContain(" 2026-03-02 05:00:00 CET (04:00:00 UTC) ");
        pressed.Status!.Text.ShouldContain(" runs until 2026-03-02 05:00:30 CET (04:00:30 UTC). ");
    }

    [Fact]
    public void Should_NameAJobsOperationAsTheJobListDoes_When_ARefusalNamesIt()
    {
        // Given vm-batch-01 stopped with its data retained, its job on top of the job list
        var stopped = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning).Type("s").Press(Keys.Enter).Press(Keys.Enter);
        Screen(stopped).Split('\n').ShouldContain(line => line.StartsWith("  Disable ", StringComparison.Ordinal) && line.Contains(" vm-batch-01 ", StringComparison.Ordinal));

        // When Backup now is pressed on the item, and cancel on the job
        var backup = stopped.Type("b");
        var cancel = stopped.Press(Keys.Tab).Type("c");

        // Then both name the job as the list does, not by the API's DisableBackup
        backup.Status!.Text.ShouldContain(": Disable job ");
        cancel.Status!.Text.ShouldBe("Cancel job refused: only backup jobs can be cancelled; Disable jobs run to their end.");
    }

    [Fact]
    public void Should_NameShiftTabAsTheReadmeAndHelpDo_When_ItDoesNothingInAPrompt()
    {
        // Given the go-to prompt open
        var prompt = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning).Type("g");

        // When Shift+Tab is pressed there
        var screen = Screen(prompt.Press(ShiftTab));

        // Then the status line names it in the README's words, which help uses too
        screen.ShouldContain("Shift+Tab does nothing here");
        Screen(DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning).Type("?")).ShouldContain(" Shift+Tab ← h Previous pane");
    }

    [Theory]
    [InlineData("j")]
    [InlineData("n")]
    [InlineData("Tab")]
    [InlineData("Esc")]
    public void Should_GiveTheLineBackToTheNarration_When_TheNextKeyIsPressed(string key)
    {
        // Given a refusal on the status line
        var refused = Refusal();

        // When the next key does something else
        var pressed = key switch { "Tab" => Keys.Tab, "Esc" => Keys.Escape, _ => Keys.Text(key).Single() };
        var lines = Screen(refused.Press(pressed)).Split('\n');

        // Then the line under the log's title is the narration again
        var title = Array.FindIndex(lines, l => l.StartsWith("─ Narration and events (UTC)", StringComparison.Ordinal));
        lines[title + 1].ShouldStartWith("» ");
    }

    [Fact]
    public void Should_KeepAPromptsOwnErrorWhileItIsCorrected_AndDropItWhenThePromptIsLeft()
    {
        // Given a Backup now whose retain-until was refused
        var state = DashboardWorlds.Demo(DashboardWorlds.DemoFirstMorning).Type("b");
        state = state.Press([.. Enumerable.Repeat(Keys.Backspace, 16)]).Type("xyz").Press(Keys.Enter);
        Screen(state).ShouldContain("✗ Retain till: ");

        // When the person corrects the input, the reason stays in view
        state = state.Press(Keys.Backspace);
        Screen(state).ShouldContain("✗ Retain till: ");

        // Then it goes with the prompt
        Screen(state.Press(Keys.Escape)).ShouldNotContain("✗");
    }

    [Fact]
    public void Should_SayWhichRunItIsWhereItStoppedAndThatItIsReadOnly_When_ARecordedRunIsReopened()
    {
        // Given a run recorded by 'vaultsim run --db', whose last narration was said a day before its end
        var path = _folder.File("run.db");
        CliRun.Of("run", Path.Combine(RepositoryFiles.Scenarios, "demo.yaml"), "--db", path).ExitCode.ShouldBe(0);

        // When it is reopened in the dashboard
        var said = ReopenedStatus(path);

        // Then
        said.ShouldBe($"✓ Reopened {path}, a recorded run (vaultsim run --db), at its end: 2026-03-05 01:00:00 CET (00:00:00 UTC). Read-only: browse it; ? lists the keys that work.");
    }

    [Fact]
    public void Should_SayWhereALabStoppedAndThatItGoesOn_When_ALabIsReopened()
    {
        // Given a lab closed on the demo's second morning
        var path = _folder.File("lab.db");
        using (var lab = LabRecording.Start(path, BuiltInScenarios.Demo(), BuiltInScenarios.DemoText))
        {
            lab.Session.RunUntil(Instant.FromUtc(2026, 3, 3, 9, 30));
        }

        // When
        var said = ReopenedStatus(path);

        // Then
        said.ShouldBe($"✓ Reopened {path}, a lab, where it stopped: 2026-03-03 10:30:00 CET (09:30:00 UTC). Paused: space goes on, and what you do is recorded into it.");
    }

    [Fact]
    public void Should_SayItsClockAndActionsAreOff_When_ALabLeftAtItsEndIsReopened()
    {
        // Given a lab whose clock reached its end, killed before it was closed as finished (a go to its end, then kill -9)
        var path = _folder.File("lab.db");
        using (var lab = LabRecording.Start(path, BuiltInScenarios.Demo(), BuiltInScenarios.DemoText))
        {
            lab.Session.RunToEnd();
        }

        SqliteFiles.Execute(path, "UPDATE runs SET status = 'incomplete'");

        // When
        var said = ReopenedStatus(path);

        // Then it does not say that space goes on
        said.ShouldBe($"✓ Reopened {path}, a lab, at its end: 2026-03-05 01:00:00 CET (00:00:00 UTC). Its scenario ended: its actions and its clock are off; q closes it as a finished run.");
    }

    [Theory]
    [InlineData(false, "a new file")]
    [InlineData(true, "an empty file")]
    public void Should_SayTheFileIsNew_When_TheBuiltInDemoIsRecordedIntoAFileThatHeldNoRun(bool wasEmpty, string what)
    {
        // Given a name that held no lab to reopen, perhaps a mistyped one
        var path = _folder.File("missing.db");

        // When 'vaultsim tui --db' opens on it
        using var lab = LabRecording.Start(path, BuiltInScenarios.Demo(), BuiltInScenarios.DemoText);
        var said = OpeningStatus(new DashboardWorld(lab.Session), new NewRunFile(path, "the built-in demo", wasEmpty));

        // Then
        said.ShouldBe($"✓ Recording the built-in demo into {path}, {what}.");
    }

    /// <summary>The status line of the first frame on a reopened run file, its lines joined, as <c>vaultsim tui --db</c> opens it.</summary>
    private static string ReopenedStatus(string path)
    {
        using var lab = LabRecording.Reopen(path);
        var world = new DashboardWorld(lab.Session, lab.IsReadOnly);
        lab.CatchUp();
        return OpeningStatus(world, new ReopenedFile(path, lab.ReopenedKind.ShouldNotBeNull()));
    }

    /// <summary>The status line of the first frame on a run file, its lines joined.</summary>
    private static string OpeningStatus(DashboardWorld world, RunFile runFile)
    {
        var driver = new DashboardDriver(world, new ScriptedInput(), new ManualWallClock(), runFile);
        var lines = ConsoleText.Render(driver.Redraw(Wide, 40), Wide, 40).Split('\n');
        var title = Array.FindIndex(lines, l => l.StartsWith("─ Narration and events (UTC)", StringComparison.Ordinal));
        return lines[title + 2].StartsWith("  ", StringComparison.Ordinal) ? $"{lines[title + 1]} {lines[title + 2].Trim()}" : lines[title + 1].TrimEnd();
    }

    private static string Screen(DashboardState state) => ConsoleText.Render(DashboardView.Render(state, 120, 40), 120, 40);
}
