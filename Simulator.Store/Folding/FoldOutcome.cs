namespace Simulator.Store.Folding;

/// <summary>What an event did to the fold that the writer must write: nothing, or a job or point that left it.</summary>
internal enum FoldOutcome
{
    None,
    JobFinished,
    PointDeleted,
}
