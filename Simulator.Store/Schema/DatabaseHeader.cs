using System.Buffers.Binary;

namespace Simulator.Store.Schema;

/// <summary>Tells a SQLite file, a vaultsim run file above all, from its first bytes.</summary>
/// <remarks>
/// A database's log and journal count as the database: a killed recording keeps committed batches in its
/// <c>-wal</c>, and a crashed write needs its <c>-journal</c> to be rolled back.
/// </remarks>
public static class DatabaseHeader
{
    /// <summary>How many of a file's first bytes <see cref="Describe"/> reads.</summary>
    public const int Length = ApplicationIdOffset + sizeof(uint);

    private const int ApplicationIdOffset = 68; // where the database header keeps it, big-endian

    private static ReadOnlySpan<byte> Database => "SQLite format 3\0"u8;

    private static ReadOnlySpan<byte> Journal => [0xD9, 0xD5, 0x05, 0xF9, 0x20, 0xA1, 0x63, 0xD7];

    /// <summary>The file's first bytes, up to <see cref="Length"/> of them (fewer in a shorter file), read without locking anyone out.</summary>
    /// <exception cref="IOException">The file can't be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static byte[] ReadStart(string path)
    {
        var start = new byte[Length];
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return start[..stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false)];
    }

    /// <summary>True when <paramref name="start"/> opens as every SQLite database does.</summary>
    internal static bool IsDatabase(ReadOnlySpan<byte> start) => start.StartsWith(Database);

    /// <summary>What the file is, as a person would call it ("a vaultsim run file"), or null when it is not SQLite's.</summary>
    /// <param name="start">The file's first bytes, up to <see cref="Length"/> of them.</param>
    public static string? Describe(ReadOnlySpan<byte> start)
    {
        if (IsDatabase(start))
        {
            return start.Length >= Length && BinaryPrimitives.ReadUInt32BigEndian(start[ApplicationIdOffset..]) == Migrations.ApplicationId
                ? "a vaultsim run file"
                : "a SQLite database";
        }

        if (start.Length >= sizeof(uint) && BinaryPrimitives.ReadUInt32BigEndian(start) is 0x377F0682 or 0x377F0683)
        {
            return "a SQLite database's write-ahead log (its -wal file)";
        }

        return start.StartsWith(Journal) ? "a SQLite database's rollback journal (its -journal file)" : null;
    }
}
