namespace Simulator.Tui.Dashboard.Views;

/// <summary>How many lines each part of the screen gets at a given size.</summary>
/// <remarks>
/// Every pane has a title line and (except the log) a column header; the rest is split between items and jobs so
/// that 80×24 still shows a handful of each, and a tall screen gives the lists the room. Items that need fewer rows
/// than their half leave the rest to the jobs (or the timeline, or a menu), as vaults do: the demo's four items left
/// three empty lines at 100×30 while its timeline was cut. From 30 lines the footer
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

    /// <summary>The fewest rows items and jobs share: two items (one and the line saying more), three jobs (one, the line saying more, and the selected job's error).</summary>
    private const int MinLists = 5;

    /// <summary>The rows an empty item list keeps: why none is listed may take two lines on a narrow window.</summary>
    private const int EmptyItemRows = 2;

    /// <param name="vaultCount">The vaults listed.</param>
    /// <param name="itemCount">The items listed, filtered: the rows the item list needs.</param>
    /// <param name="height">The window's lines.</param>
    public static DashboardLayout For(int vaultCount, int itemCount, int height)
    {
        var shownVaults = Math.Clamp(vaultCount, 1, height >= 32 ? 3 : 1);
        var logLines = height >= 36 ? 7 : height >= 28 ? 5 : 4;
        var footerLines = height >= TwoLineFooterHeight ? 2 : 1;
        var lists = height - 1 - footerLines - logLines - (shownVaults + 6);

        // Vaults beyond those shown take a line more, for the line that says so (ListRows.More), or, with two, for the
        // second: at 80×24 the fleet's second vault was neither listed nor said to be there. Not where the lists would
        // be left less than their least: at 60×18 the selected job's error would leave the screen.
        var vaultRows = vaultCount > shownVaults && lists > MinLists ? shownVaults + 1 : shownVaults;
        lists -= vaultRows - shownVaults;
        var itemRows = Math.Min(lists / 2, itemCount > 0 ? itemCount : EmptyItemRows);
        return new DashboardLayout(vaultRows, itemRows, lists - itemRows, logLines, footerLines);
    }

    /// <summary>The layout with the log given up to <paramref name="wanted"/> lines, taken from the jobs down to <see cref="MinJobRows"/>.</summary>
    /// <remarks>For a refusal longer than the strip: at 80×24 its way out ("Choose an Enhanced policy: … so another must
    /// be created first") was cut over empty rows of the job list, which the next key gives back.</remarks>
    public DashboardLayout WithLogLines(int wanted)
    {
        var more = Math.Min(wanted - LogLines, JobRows - MinJobRows);
        return more <= 0 ? this : this with { JobRows = JobRows - more, LogLines = LogLines + more };
    }

    /// <summary>The fewest rows the job list keeps for the log: one job, the line saying more, and the selected job's error.</summary>
    private const int MinJobRows = 3;

    public static bool Fits(int width, int height) => width >= MinWidth && height >= MinHeight;
}
