using Simulator.Tui.Dashboard.Live;
using Spectre.Console.Rendering;

namespace Simulator.Tests.Support;

/// <summary>Renders a view as the plain text a terminal of a fixed size would show (style.md §2.1).</summary>
/// <remarks>The product's <c>render</c> command uses the same renderer, so what the tests see is what it prints.</remarks>
internal static class ConsoleText
{
    public static string Render(IRenderable view, int width = 80, int height = 24) => PlainText.Render(view, width, height);
}
