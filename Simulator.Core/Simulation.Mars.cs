using NodaTime;
using Simulator.Core.DataSources;
using Simulator.Core.Engine;
using Simulator.Core.Jobs;
using Simulator.Core.Journal;
using Simulator.Core.Policies;
using Simulator.Core.Protection;
using Simulator.Core.Service;
using Simulator.Core.Vaults;

namespace Simulator.Core;

/// <summary>MARS agent items: servers registered to a vault, one-phase jobs (decision D11), offline seeding, checkpoints.</summary>
public sealed partial class Simulation
{
    /// <summary>MARS agents one vault accepts.</summary>
    public const int MaxMarsAgentsPerVault = 50;

    private readonly Dictionary<ProtectedItem, MarsItemState> _mars = [];

    /// <summary>Adds a Windows server whose MARS agent is registered to <paramref name="vault"/>.</summary>
    /// <exception cref="OperationRefusedException">The name is taken or the vault has 50 agents already.</exception>
    public MarsServer AddMarsServer(MarsServerSpec spec, Vault vault)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(vault);
        const string operation = OperationNames.RegisterMarsAgent;
        if (FindDataSource(spec.Name) is not null)
        {
            throw Refuse(operation, spec.Name, "a data source with this name already exists.");
        }

        if (_dataSources.OfType<MarsServer>().Count(s => s.RegisteredVault == vault) >= MaxMarsAgentsPerVault)
        {
            throw Refuse(operation, spec.Name, $"vault '{vault.Name}' already has {MaxMarsAgentsPerVault} MARS agents registered, the most a vault accepts.");
        }

        var server = new MarsServer(spec, vault);
        AddDataSource(server);
        vault.RegisterMachine();
        Journal.Publish(new DataSourceAdded(Now, server.Name, "MARS agent", server.Region));
        Journal.Publish(new DataSourceChanged(Now, server.Name, "Registered", vault.Name.Value));
        return server;
    }

    private MarsItemState MarsStateOf(ProtectedItem item)
    {
        if (!_mars.TryGetValue(item, out var state))
        {
            state = new MarsItemState();
            _mars[item] = state;
        }

        return state;
    }

    private BackupJob StartMarsBackupJob(ProtectedItem item, BackupTrigger trigger, ScheduledRun? run, Instant? retainUntil)
    {
        var job = OpenBackupJob(item, trigger, run, retainUntil, hasSnapshotPhase: false, hasTransferPhase: true);

        // The agent runs one backup at a time.
        if (item.RunningTransfer is { } running && running != job)
        {
            FailMarsJob(job, ErrorCodes.BackupOperationInProgress, ErrorCodes.MarsBackupInProgressMessage);
            return job;
        }

        PublishPhase(job, job.MoveTransfer(PhaseStatus.InProgress, Now));
        var server = (MarsServer)item.DataSource;
        if (server.InitialBackup == InitialBackupMode.OfflineSeeding && !MarsStateOf(item).SeedImported)
        {
            job.SendDisks(Now + server.DiskImportDuration);
            Schedule(job.TransferDue!.Value, EventPriority.PhaseCompletion, EventKind.MarsSeedImported, job);
            return job;
        }

        StartMarsTransfer(job, MarsIncrementGb(item, job));
        return job;
    }

    /// <summary>Data the job must send: all used data first, then the churn since the last vault point.</summary>
    /// <remarks>After an interrupted transfer, what it had left plus the churn since the instant its data is as of: the checkpoint keeps the rest.</remarks>
    private double MarsIncrementGb(ProtectedItem item, BackupJob job)
    {
        var state = MarsStateOf(item);
        var churn = item.DataSource.DailyChurnGb;
        if (state.PendingSince is { } since)
        {
            return state.PendingGb + (churn * Math.Max(0, (job.Start - since).TotalDays));
        }

        // The later of the two: a seeded point is dated at its job's start, but the job's top-up after the disk import
        // already sent the churn up to the import, and D7 sends each change once.
        var baseline = (item.LastVaultPointTime, state.SeedBaseline) switch
        {
            ({ } point, { } seed) => Instant.Max(point, seed),
            (var point, var seed) => point ?? seed,
        };
        return baseline is { } from
            ? churn * Math.Max(0, (job.Start - from).TotalDays)
            : item.DataSource.UsedSizeGb;
    }

    private void KeepCheckpoint(BackupJob job, double sentGb)
    {
        var state = MarsStateOf(job.Item);
        state.PendingGb = Math.Max(0, job.TransferSizeGb - sentGb);

        // A seeded job's top-up carries the churn up to the disk import, so what it left unsent is as of then.
        state.PendingSince = job.TransferSentFrom is { } from && from > job.Start ? from : job.Start;
    }

    private void OnMarsSeedImported(BackupJob job)
    {
        if (job.Transfer?.Status != PhaseStatus.InProgress)
        {
            return; // cancelled while the disks were on their way
        }

        job.DisksImported();
        var state = MarsStateOf(job.Item);
        state.SeedImported = true;
        state.SeedBaseline = Now;
        job.TransferSentFrom = Now;
        Journal.Publish(new DataSourceChanged(Now, job.Item.Name, "Offline seeding", "disks imported"));

        // The disks hold the data as of the job's start; what changed while they travelled goes over the network.
        StartMarsTransfer(job, job.Item.DataSource.DailyChurnGb * (Now - job.Start).TotalDays);
    }

    private void StartMarsTransfer(BackupJob job, double sizeGb)
    {
        var source = job.Item.DataSource;
        job.TransferSizeGb = sizeGb;
        job.TransferDue = TransferEnd(sizeGb, source);
        job.TransferWillFail = source.TakeTransferFailure();
        Schedule(job.TransferDue.Value, EventPriority.PhaseCompletion, EventKind.MarsTransferDone, job);
    }

    private void OnMarsTransferDone(BackupJob job)
    {
        if (job.Transfer?.Status != PhaseStatus.InProgress || job.TransferDue != Now)
        {
            return; // cancelled, or a stale event from before the disk import
        }

        var state = MarsStateOf(job.Item);
        if (job.TransferWillFail)
        {
            // Simplification: a scripted failure strikes at the end of the transfer, so the checkpoint keeps all of it.
            KeepCheckpoint(job, job.TransferSizeGb);
            FailMarsJob(job, ErrorCodes.MarsTransferFailed, ErrorCodes.MessageFor(ErrorCodes.MarsTransferFailed));
            return;
        }

        PublishPhase(job, job.MoveTransfer(PhaseStatus.Completed, Now));
        state.PendingGb = 0;
        state.PendingSince = null;
        job.PointId = CreateMarsPoint(job, state);
        FinishBackupJob(job);
    }

    // CancelJob asked CancelJobRefusal first, so the job's transfer is running.
    private void CancelMarsJob(BackupJob job)
    {
        var state = MarsStateOf(job.Item);
        // While the seeding disks travel nothing has been sent, so there is nothing to keep.
        if (state.SeedImported || ((MarsServer)job.Item.DataSource).InitialBackup == InitialBackupMode.OverNetwork)
        {
            KeepCheckpoint(job, job.TransferSizeGb * job.TransferProgress(Now));
        }

        PublishPhase(job, job.MoveTransfer(PhaseStatus.Cancelled, Now));
        job.Fail(ErrorCodes.JobCancelled, ErrorCodes.MessageFor(ErrorCodes.JobCancelled));
        RememberOwedRetention(job, state);
        FinishBackupJob(job);
    }

    private void FailMarsJob(BackupJob job, string code, string message)
    {
        job.Fail(code, message);
        PublishPhase(job, job.MoveTransfer(PhaseStatus.Failed, Now));

        RememberOwedRetention(job, MarsStateOf(job.Item));
        FinishBackupJob(job);
    }
}
