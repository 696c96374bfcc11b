namespace Simulator.Store.Schema;

/// <summary>The binary form of a batch's events in <c>event_blocks.data</c> (schema version 2): the codes both sides share.</summary>
/// <remarks>
/// A block is a format byte, then each event: a kind byte, the time as a span since the previous event's (the
/// first: since the epoch), then the kind's fields. Other times are spans from the event's own. A span is a
/// varint: whole seconds as their zigzag shifted left with the low bit set, else 100-ns ticks as their zigzag shifted
/// left, because simulated times are mostly whole seconds and a second then costs one byte instead of four. A
/// number is a varint: a whole one as its zigzag shifted left, else <see cref="FractionalNumber"/> then 8 bytes. When any time of an event has nanoseconds below a tick, the kind byte has <see cref="SubTicks"/>
/// and each of its times is followed by a byte of them. A string is a varint: 0 for null, <see cref="NewText"/>
/// then UTF-8 length and bytes, <see cref="NewGuid"/> then the 16 bytes of a job name, or <see cref="FirstReference"/>
/// plus the number of a string the block already holds, so a name repeated across events costs a byte or two.
/// Kinds the store does not know are kept by what every event has (<see cref="Other"/>), as the journal prints them.
/// </remarks>
internal static class EventBlock
{
    public const byte Format = 1;

    public const byte Other = 0;
    public const byte JobStarted = 1;
    public const byte JobPhaseChanged = 2;
    public const byte JobFinished = 3;
    public const byte PointCreated = 4;
    public const byte PointTierChanged = 5;
    public const byte PointRetentionChanged = 6;
    public const byte PointDeleted = 7;

    public const byte SubTicks = 0x80;
    public const byte KindMask = 0x7F;

    public const ulong Null = 0;
    public const ulong NewText = 1;
    public const ulong NewGuid = 2;
    public const ulong FirstReference = 3;

    public const ulong FractionalNumber = 1;

    private const long TicksPerSecond = 10_000_000;

    public static ulong SpanCode(long ticks) =>
        ticks % TicksPerSecond == 0 ? (ZigZag(ticks / TicksPerSecond) << 1) | 1 : ZigZag(ticks) << 1;

    public static long SpanTicks(ulong code) =>
        (code & 1) == 1 ? UnZigZag(code >> 1) * TicksPerSecond : UnZigZag(code >> 1);

    /// <summary>True when the number is an integer a varint holds exactly (and not -0, whose sign it would lose).</summary>
    public static bool IsWhole(double value) =>
        value == Math.Floor(value) && Math.Abs(value) < (1L << 52) && !(value == 0 && double.IsNegative(value));

    public static ulong ZigZag(long value) => (ulong)((value << 1) ^ (value >> 63));

    public static long UnZigZag(ulong value) => (long)(value >> 1) ^ -(long)(value & 1);
}
