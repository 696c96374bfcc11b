using Simulator.Tui.Dashboard.Live;
using Spectre.Console;

namespace Simulator.Tests.Dashboard;

/// <summary>What the live loop writes to the terminal around a suspension, when the shell has the terminal meanwhile.</summary>
public sealed class DashboardLoopTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Should_PutTheKeypadTheScreenAndTheCursorBackAsTheShellHadThem_When_TheDashboardStops(bool alternateScreen)
    {
        // Given a terminal that takes escape sequences
        using var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            Out = new AnsiConsoleOutput(writer),
            Enrichment = new ProfileEnrichment { UseDefaultEnrichers = false },
        });
        string? atStop = null;

        // When the dashboard stops, and is continued
        DashboardLoop.Stopped(console, alternateScreen, () => atStop = writer.ToString());

        // Then, while stopped, the cursor keys and keypad are in normal mode (an xterm's keypad sent escape sequences
        // to the shell), the cursor is shown and the shell's screen is the one showing; continued, the dashboard has
        // its own screen back
        atStop.ShouldNotBeNull();
        atStop.ShouldContain("\e[?1l\e>", Case.Sensitive);
        atStop.ShouldContain("\e[?25h", Case.Sensitive);
        if (alternateScreen)
        {
            // The dashboard's screen blanked before it is left: a terminal grown meanwhile showed its rows over the shell's
            atStop.ShouldContain("\e[H\e[2J\e[?1049l", Case.Sensitive);
            writer.ToString()[atStop.Length..].ShouldContain("\e[?1049h", Case.Sensitive);
        }
    }
}
