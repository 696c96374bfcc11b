using System.Runtime.CompilerServices;
using NodaTime;
using Simulator.Core.Jobs;
using Simulator.Core.Journal;
using Simulator.Core.Protection;
using Simulator.Core.RecoveryPoints;

namespace Simulator.Core;

/// <summary>What the handlers tell the journal, each called only while it has subscribers.</summary>
/// <remarks>
/// Out of line on purpose: an entry holds references, and the runtime zeroes their place in the frame of every method an
/// entry is built in, at each call, whether anyone listens or not. Built inside the handlers, they widened each frame
/// by up to a kilobyte, zeroed on every event of a headless run.
/// </remarks>
public sealed partial class Simulation
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void PublishJobStarted(BackupJob job, string trigger) =>
        Journal.Publish(JournalEntry.JobStarted(Now, job.Item.Vault.Name.Value, job.Item.Name, job.Key, EnumText.Of(job.Operation), trigger, job.Item.Number));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void PublishJobFinished(BackupJob job, string? errorCode, double transferSizeGb) =>
        Journal.Publish(JournalEntry.JobFinished(Now, job.Item.Vault.Name.Value, job.Item.Name, job.Key, EnumText.Of(job.Operation), EnumText.Of(job.Status), errorCode, transferSizeGb, job.Item.Number));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void PublishPhaseChanged(BackupJob job, JobPhase phase) =>
        Journal.Publish(JournalEntry.JobPhaseChanged(Now, job.Item.Vault.Name.Value, job.Item.Name, job.Key, phase.DisplayName, EnumText.Of(phase.Status), job.Item.Number));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void PublishPointCreated(ProtectedItem item, in PointState point, Instant? snapshotExpiry, Instant vaultExpiry) =>
        Journal.Publish(JournalEntry.PointCreated(Now, item.Vault.Name.Value, item.Name, point.Id, point.Time, EnumText.Of(point.Tag), EnumText.Of(point.Consistency), item.IsFull(point), snapshotExpiry, vaultExpiry, item.Number));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void PublishPointDeleted(ProtectedItem item, long id, string reason) =>
        Journal.Publish(JournalEntry.PointDeleted(Now, item.Vault.Name.Value, item.Name, id, reason, item.Number));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void PublishTierChanged(ProtectedItem item, in PointState point, string reason) =>
        Journal.Publish(JournalEntry.PointTierChanged(Now, item.Vault.Name.Value, item.Name, point.Id, EnumText.Of(point.Tier), reason, item.VaultSizeGb(point), item.Number));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void PublishStateChanged(ProtectedItem item, ProtectionState from, ProtectionState to) =>
        Journal.Publish(new ProtectionStateChanged(Now, item.Vault.Name.Value, item.Name, EnumText.Of(from), EnumText.Of(to)));
}
