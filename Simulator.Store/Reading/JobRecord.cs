using NodaTime;

namespace Simulator.Store.Reading;

/// <summary>A job of a recorded run, with what <c>az backup job list</c> shows and a little more.</summary>
/// <param name="End">Null while the job was still running when the run stopped.</param>
public sealed record JobRecord(string Id, string Vault, string Item, string Operation, string? Trigger, string Status, Instant Start, Instant? End, string? ErrorCode, double TransferGb)
{
    /// <summary>How long the job ran, or had run when the run stopped at <paramref name="reached"/>.</summary>
    public Duration Duration(Instant reached) => (End ?? reached) - Start;
}
