namespace Simulator.Tui.Dashboard.Live;

/// <summary>The screens <see cref="DashboardFrameBenchmark"/> times, each reached by the keys a person presses for it.</summary>
public enum FrameView
{
    /// <summary>The main screen as it opens, the item list focused.</summary>
    Items,

    /// <summary>The main screen after Tab, the job list focused.</summary>
    Jobs,

    /// <summary>The main screen after t and Tab: the timeline where the job list is, focused.</summary>
    Timeline,

    /// <summary>An item's detail, after Enter on it.</summary>
    Detail,

    /// <summary>The event log full screen, after L.</summary>
    EventLog,
}
