using NodaTime;
using Simulator.Store.Schema;

namespace Simulator.Store.Folding;

/// <summary>A time of a job's or a point's row as the file keeps it (<see cref="TimeColumn"/> ticks), or none; none is the default.</summary>
/// <remarks>
/// Eight bytes where a nullable <see cref="Instant"/> takes twenty-four: the fold keeps every point alive (hundreds of
/// thousands on a big fleet) and copies each history on its way to the writer, and the wider histories were memory
/// traffic on the engine's thread. The rows hold ticks, so nothing the file keeps is lost.
/// </remarks>
internal readonly record struct RowTime
{
    // Stored with the sign bit flipped, so that 0 (the default) is none: only long.MinValue would map to 0, and no
    // Instant's ticks come near it.
    private readonly long _bits;

    private RowTime(long ticks) => _bits = ticks ^ long.MinValue;

    public static RowTime None => default;

    /// <summary>The ticks the row holds, or null for none.</summary>
    public long? Ticks => _bits == 0 ? null : _bits ^ long.MinValue;

    public static RowTime Of(Instant at) => new(TimeColumn.ToTicks(at));

    public static RowTime Of(Instant? at) => at is { } value ? Of(value) : None;
}
