using NodaTime;

namespace Simulator.Core.Journal;

public sealed record JobFinished(Instant At, string VaultName, string ItemName, string Id, string Operation, string Status, string? ErrorCode, double TransferSizeGb) : DomainEvent(At)
{
    public override string? Vault => VaultName;

    public override string? Item => ItemName;

    public override string? JobId => Id;

    public override string What => Operation;

    public override string State => ErrorCode is null ? Status : $"{Status} {ErrorCode}";
}
