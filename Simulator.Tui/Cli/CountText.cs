using System.Globalization;

namespace Simulator.Tui.Cli;

/// <summary>A count with its noun, singular for one: "1 check", "7 checks".</summary>
internal static class CountText
{
    public static string Of(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? noun : noun + "s")}");

    /// <summary>As a column of a table: the count right-aligned in <paramref name="width"/>, a singular padded to the plural's length.</summary>
    public static string Column(int count, string noun, int width) =>
        string.Create(CultureInfo.InvariantCulture, $"{count.ToString(CultureInfo.InvariantCulture).PadLeft(width)} {(count == 1 ? noun + " " : noun + "s")}");
}
