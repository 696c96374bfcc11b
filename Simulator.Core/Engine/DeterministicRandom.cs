namespace Simulator.Core.Engine;

/// <summary>Random draws that depend only on the scenario's seed and on what is being drawn for.</summary>
/// <remarks>
/// Each draw hashes (seed, subject, moment) with SplitMix64 instead of pulling from one shared stream, so adding a
/// VM to a scenario does not change the start delays of the others, and the order in which events are processed
/// cannot change a result. String hashing is FNV-1a over UTF-16 code units: <see cref="string.GetHashCode()"/> is
/// randomised per process and would break determinism.
/// </remarks>
public sealed class DeterministicRandom
{
    public DeterministicRandom(long seed)
    {
        Seed = seed;
    }

    public long Seed { get; }

    /// <summary>A subject's hash, for callers that draw for the same subject again and again.</summary>
    public static ulong SubjectHash(string subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return Hash(subject);
    }

    /// <summary>A number in [0, 1) for the subject with this <see cref="SubjectHash"/> and moment.</summary>
    public double NextUnit(ulong subjectHash, long moment) => (NextBits(subjectHash, moment) >> 11) * (1.0 / (1UL << 53));

    /// <summary>64 bits for the subject with this <see cref="SubjectHash"/> and moment.</summary>
    public ulong NextBits(ulong subjectHash, long moment) => Mix(Mix((ulong)Seed ^ subjectHash) ^ (ulong)moment);

    /// <summary>A 64-bit value for this subject and moment, for identifiers.</summary>
    public ulong NextBits(string subject, long moment) => NextBits(SubjectHash(subject), moment);

    private static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong Hash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
