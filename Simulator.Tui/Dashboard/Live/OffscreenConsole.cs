using Spectre.Console;

namespace Simulator.Tui.Dashboard.Live;

/// <summary>A console that writes into a <see cref="TextWriter"/> at a fixed size, whatever the host terminal is.</summary>
/// <remarks>
/// The default enrichers are off because they read CI variables (GitHub's forces ANSI on), and width and height are
/// set because they would otherwise come from <see cref="Console"/>: output must not depend on where it runs.
/// </remarks>
internal static class OffscreenConsole
{
    /// <param name="writer">Where the output goes.</param>
    /// <param name="width">Columns.</param>
    /// <param name="height">Lines, which a full-screen layout fills.</param>
    /// <param name="ansi">True for escape codes in true colour (what a terminal gets); false for plain text.</param>
    public static IAnsiConsole Create(TextWriter writer, int width, int height, bool ansi)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = ansi ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = ansi ? ColorSystemSupport.TrueColor : ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(writer),
            Interactive = InteractionSupport.No,
            Enrichment = new ProfileEnrichment { UseDefaultEnrichers = false },
        });
        console.Profile.Width = width;
        console.Profile.Height = height;
        return console;
    }
}
