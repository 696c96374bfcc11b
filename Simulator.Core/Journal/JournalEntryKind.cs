namespace Simulator.Core.Journal;

/// <summary>Which event a <see cref="JournalEntry"/> is: a change to a job or a recovery point, or any other.</summary>
public enum JournalEntryKind : byte
{
    Other,
    JobStarted,
    JobPhaseChanged,
    JobFinished,
    PointCreated,
    PointTierChanged,
    PointRetentionChanged,
    PointDeleted,
}
