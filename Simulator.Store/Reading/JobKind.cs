namespace Simulator.Store.Reading;

/// <summary>What a job did and how it ended: the words by which a run's jobs are counted when two runs are compared.</summary>
/// <param name="Operation">Its operation (<c>Backup</c>, <c>ConfigureBackup</c>…).</param>
/// <param name="Trigger">For a backup, <c>Scheduled</c> or <c>OnDemand</c>; null for another job.</param>
/// <param name="Status">Its status.</param>
/// <param name="ErrorCode">The error it ended with; null for none.</param>
public readonly record struct JobKind(string Operation, string? Trigger, string Status, string? ErrorCode);
