using Simulator.Core.Protection;
using Simulator.Tui.Dashboard.Input;

namespace Simulator.Tui.Dashboard;

/// <summary>Everything the screen shows besides the world itself: focus, cursors, filters, overlays, clock settings.</summary>
/// <remarks>Immutable; every key makes a new state with <c>with</c>, so a frame is a function of one value.</remarks>
internal sealed record DashboardState
{
    public required DashboardWorld World { get; init; }

    public int SpeedIndex { get; init; } = SpeedLadder.Default;

    public bool Paused { get; init; }

    public Pane Focus { get; init; } = Pane.Items;

    public int VaultCursor { get; init; }

    public int ItemCursor { get; init; }

    public int JobCursor { get; init; }

    /// <summary>The cursor in the recovery points of the open item.</summary>
    public int PointCursor { get; init; }

    /// <summary>The first row each list showed, from which the next frame scrolls only as far as its cursor needs.</summary>
    public ListTops Tops { get; init; }

    public ItemSort Sort { get; init; } = ItemSort.Name;

    public JobFilter JobFilter { get; init; } = JobFilter.All;

    /// <summary>Text that item names must contain, in the item list, the job list and the timeline.</summary>
    public string Filter { get; init; } = string.Empty;

    /// <summary>The item selected when a filter was begun on the whole list, which clearing a filter that lists no item selects again.</summary>
    public ProtectedItem? SelectedBeforeFilter { get; init; }

    /// <summary>Shows the timeline of the listed items where the job list is.</summary>
    public bool ShowTimeline { get; init; }

    /// <summary>The item whose detail is open, by name.</summary>
    public string? OpenItem { get; init; }

    /// <summary>Shows the full-screen event log over the lists or the open item's detail, which Esc goes back to.</summary>
    public bool ShowLog { get; init; }

    public Overlay? Overlay { get; init; }

    public StatusMessage? Status { get; init; }

    public bool Quit { get; init; }

    public InputMode Mode => Overlay switch
    {
        HelpOverlay => InputMode.Help,
        MenuOverlay => InputMode.Menu,
        PromptOverlay { TakesText: true } => InputMode.TextPrompt,
        PromptOverlay => InputMode.Confirm,
        _ => ShowLog ? InputMode.Log : OpenItem is null ? InputMode.Main : InputMode.Detail,
    };

    public static DashboardState Initial(DashboardWorld world) => new() { World = world };
}
