namespace Simulator.Tui.Dashboard;

/// <summary>The outcome of the last action or input, shown above the log until the next key (see <see cref="DashboardController.Apply"/>).</summary>
internal sealed record StatusMessage(string Text, bool IsError)
{
    public static StatusMessage Done(string text) => new(text, false);

    public static StatusMessage Error(string text) => new(text, true);
}
