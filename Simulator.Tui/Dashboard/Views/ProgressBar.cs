namespace Simulator.Tui.Dashboard.Views;

/// <summary>A text progress bar, readable without colour.</summary>
internal static class ProgressBar
{
    public static string Draw(double fraction, int width)
    {
        var done = (int)Math.Round(Math.Clamp(fraction, 0, 1) * width);
        return new string('█', done) + new string('░', width - done);
    }
}
