namespace Simulator.Tui.Dashboard.Views;

/// <summary>How many lines each part of the screen gets at a given size.</summary>
/// <remarks>
/// Every pane has a title line and (except the log) a column header; the rest is split between items and jobs so
/// that 80×24 still shows a handful of each, and a tall screen gives the lists the room.
/// </remarks>
internal readonly record struct DashboardLayout(int VaultRows, int ItemRows, int JobRows, int LogLines)
{
    public const int MinWidth = 60;
    public const int MinHeight = 18;

    /// <summary>The lines between the header and the log: vaults, items and jobs with their titles and column headers.</summary>
    public int BodyLines => VaultRows + ItemRows + JobRows + 6;

    public static DashboardLayout For(int vaultCount, int height)
    {
        var vaultRows = Math.Clamp(vaultCount, 1, height >= 32 ? 3 : 1);
        var logLines = height >= 36 ? 7 : height >= 28 ? 5 : 4;
        var lists = height - 2 - logLines - (vaultRows + 6);
        var itemRows = lists / 2;
        return new DashboardLayout(vaultRows, itemRows, lists - itemRows, logLines);
    }

    public static bool Fits(int width, int height) => width >= MinWidth && height >= MinHeight;
}
