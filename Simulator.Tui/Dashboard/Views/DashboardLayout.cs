namespace Simulator.Tui.Dashboard.Views;

/// <summary>How many lines each part of the screen gets at a given size.</summary>
/// <remarks>
/// Every pane has a title line and (except the log) a column header; the rest is split between items and jobs so
/// that 80×24 still shows a handful of each, and a tall screen gives the lists the room. From 30 lines the footer
/// may take a second line, so that the focused pane's keys and the clock's both fit on 120 columns; it gives the line
/// to the log when it has no keys for it (see <see cref="FooterView.Lines"/>).
/// </remarks>
internal readonly record struct DashboardLayout(int VaultRows, int ItemRows, int JobRows, int LogLines, int FooterLines)
{
    public const int MinWidth = 60;
    public const int MinHeight = 18;

    /// <summary>The height from which the footer may have two lines.</summary>
    public const int TwoLineFooterHeight = 30;

    /// <summary>The lines between the header and the log: vaults, items and jobs with their titles and column headers.</summary>
    public int BodyLines => VaultRows + ItemRows + JobRows + 6;

    public static DashboardLayout For(int vaultCount, int height)
    {
        var vaultRows = Math.Clamp(vaultCount, 1, height >= 32 ? 3 : 1);
        var logLines = height >= 36 ? 7 : height >= 28 ? 5 : 4;
        var footerLines = height >= TwoLineFooterHeight ? 2 : 1;
        var lists = height - 1 - footerLines - logLines - (vaultRows + 6);
        var itemRows = lists / 2;
        return new DashboardLayout(vaultRows, itemRows, lists - itemRows, logLines, footerLines);
    }

    public static bool Fits(int width, int height) => width >= MinWidth && height >= MinHeight;
}
