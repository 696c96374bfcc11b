using NodaTime;

namespace Simulator.Store.Schema;

/// <summary>Stores an <see cref="Instant"/> of a job or point row as INTEGER: 100-ns ticks since the Unix epoch (schema version 2).</summary>
/// <remarks>
/// Binding an integer costs a fraction of formatting and binding ISO text, and a big fleet writes millions of these
/// rows. Ticks sort as times do, so SQL still filters and orders by them. The ends of time map back to themselves,
/// because "kept forever" is <see cref="Instant.MaxValue"/>, whose nanoseconds a tick can't hold.
/// </remarks>
internal static class TimeColumn
{
    private static readonly long MaxTicks = Instant.MaxValue.ToUnixTimeTicks();
    private static readonly long MinTicks = Instant.MinValue.ToUnixTimeTicks();

    /// <summary>What a time in these columns looks like, as a person is told when a file holds something else.</summary>
    public const string Expected = "a whole number of 100-ns ticks since 1970-01-01T00:00:00Z, such as 17724096000000000 for 2026-03-02T00:00:00Z";

    public static long ToTicks(Instant value) => value.ToUnixTimeTicks();

    public static long? ToTicks(Instant? value) => value?.ToUnixTimeTicks();

    public static Instant FromTicks(long ticks) =>
        ticks >= MaxTicks ? Instant.MaxValue : ticks <= MinTicks ? Instant.MinValue : Instant.FromUnixTimeTicks(ticks);

    /// <summary>Whether the ticks name a time NodaTime holds, rather than one of the ends of time it maps them to.</summary>
    public static bool IsTime(long ticks) => ticks > MinTicks && ticks < MaxTicks;

    public static Instant? FromTicks(long? ticks) => ticks is { } t ? FromTicks(t) : null;
}
