using System.Globalization;

namespace Simulator.Core;

/// <summary>A count with its noun, singular for one: "1 check", "7 checks".</summary>
/// <remarks>
/// Every message that counts something says it through here, from a policy's limits to the dashboard's titles and the
/// command line's summaries, so that none reads "1 rows". The nouns counted all take an "s" in the plural.
/// </remarks>
public static class CountText
{
    /// <summary>The count and its noun, the noun with an "s" unless the count is one: "1 row", "3 rows".</summary>
    public static string Of(long count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {Noun(count, noun)}");

    /// <summary>As <see cref="Of"/>, the count grouped in thousands: "1 VM", "10,000 VMs".</summary>
    public static string Grouped(long count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {Noun(count, noun)}");

    /// <summary>As a column of a table: the count right-aligned in <paramref name="width"/>, a singular padded to the plural's length.</summary>
    public static string Column(long count, string noun, int width) =>
        string.Create(CultureInfo.InvariantCulture, $"{count.ToString(CultureInfo.InvariantCulture).PadLeft(width)} {(count == 1 ? noun + " " : noun + "s")}");

    /// <summary>The noun alone, as <see cref="Of"/> would follow <paramref name="count"/> with it: for a count written apart from its noun.</summary>
    public static string Noun(long count, string noun) => count == 1 ? noun : noun + "s";
}
