namespace Simulator.Tui.Dashboard;

/// <summary>What a prompt asks for.</summary>
internal enum PromptKind
{
    /// <summary>Enter confirms the action, Esc cancels it.</summary>
    Confirm,

    /// <summary>The item's name must be typed, as the portal asks before deleting.</summary>
    TypeName,

    /// <summary>The retain-until of a Backup now.</summary>
    RetainUntil,

    /// <summary>A virtual time to go to.</summary>
    GoToTime,

    /// <summary>Text that item names must contain; the lists follow as it is typed.</summary>
    Filter,
}
