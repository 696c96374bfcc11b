namespace Simulator.Core.Jobs;

/// <summary>The phases of a backup job (decision D11).</summary>
public enum JobPhaseKind
{
    Snapshot,
    TransferToVault,
}
