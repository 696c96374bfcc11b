using System.Runtime.CompilerServices;

namespace Simulator.Core.Journal;

/// <summary>The names of enum values, as <see cref="Enum.ToString()"/> gives them, read from an array.</summary>
/// <remarks>
/// Journal events name statuses, tiers and tags as text, a dozen per backup: a recorded year of a big fleet called
/// <see cref="Enum.ToString()"/> tens of millions of times, and its lookup of the name stood out in the profile. A
/// value with no name of its own falls back to it.
/// </remarks>
internal static class EnumText
{
    public static string Of<T>(T value)
        where T : struct, Enum
    {
        var names = Names<T>.ByValue;
        var index = Index(value);
        return (ulong)index < (ulong)names.Length && names[index] is { } name ? name : value.ToString();
    }

    // The size is known when the method is compiled for T, so only one of these branches remains.
    private static long Index<T>(T value)
        where T : struct, Enum => Unsafe.SizeOf<T>() switch
        {
            1 => Unsafe.As<T, byte>(ref value),
            2 => Unsafe.As<T, short>(ref value),
            4 => Unsafe.As<T, int>(ref value),
            _ => -1,
        };

    private static class Names<T>
        where T : struct, Enum
    {
        public static readonly string?[] ByValue = Build();

        private static string?[] Build()
        {
            var values = Enum.GetValues<T>().Where(v => Index(v) is >= 0 and < 256).ToArray();
            var names = new string?[values.Length == 0 ? 0 : values.Max(Index) + 1];
            foreach (var value in values)
            {
                names[Index(value)] ??= value.ToString();
            }

            return names;
        }
    }
}
