using Simulator.Core.Jobs;
using Simulator.Core.Protection;
using Spectre.Console;

namespace Simulator.Tui.Dashboard.Views;

/// <summary>The dashboard's styles, in one place so the screen reads consistently.</summary>
internal static class Palette
{
    public static readonly Style Header = new(Color.White, Color.DarkBlue, Decoration.Bold);
    public static readonly Style Title = new(Color.Grey);
    public static readonly Style FocusedTitle = new(Color.Aqua, decoration: Decoration.Bold);
    public static readonly Style ColumnHeader = new(Color.Grey, decoration: Decoration.Bold);
    public static readonly Style Selected = new(decoration: Decoration.Invert);
    public static readonly Style Dim = new(Color.Grey);
    public static readonly Style Key = new(Color.Aqua, decoration: Decoration.Bold);
    public static readonly Style Good = new(Color.Green);
    public static readonly Style Busy = new(Color.DodgerBlue1);
    public static readonly Style Warn = new(Color.Yellow);
    public static readonly Style Bad = new(Color.Red);
    public static readonly Style Narration = new(Color.Khaki1, decoration: Decoration.Italic);

    public static Style Of(JobStatus status) => status switch
    {
        JobStatus.Completed => Good,
        JobStatus.InProgress => Busy,
        JobStatus.CompletedWithWarnings => Warn,
        _ => Bad,
    };

    public static Style Of(PhaseStatus status) => status switch
    {
        PhaseStatus.Completed => Good,
        PhaseStatus.InProgress => Busy,
        PhaseStatus.Skipped => Warn,
        PhaseStatus.NotStarted => Dim,
        _ => Bad,
    };

    private static Style Of(ProtectedItemHealth health) => health switch
    {
        ProtectedItemHealth.Healthy => Good,
        ProtectedItemHealth.IRPending => Warn,
        _ => Bad,
    };

    /// <summary>The colour of <see cref="Labels.HealthOf"/>: red for a soft-deleted item, as the portal marks it.</summary>
    public static Style HealthOf(ProtectedItem item) => item.DeleteState == DeleteState.ToBeDeleted ? Bad : Of(item.Health);

    /// <summary>The colour of <see cref="Labels.LastBackupOf"/>: its warnings in the warning colour.</summary>
    public static Style LastBackupOf(ProtectedItem item) => item switch
    {
        { IsScheduleActive: false } or { LastBackupStatus: LastBackupStatus.IRPending } => Warn,
        { LastBackupStatus: LastBackupStatus.Unhealthy } => Bad,
        _ => Good,
    };

    public static Style Of(ProtectionState state) => state switch
    {
        ProtectionState.Protected => Good,
        ProtectionState.IRPending => Warn,
        ProtectionState.ProtectionError => Bad,
        _ => Dim,
    };
}
