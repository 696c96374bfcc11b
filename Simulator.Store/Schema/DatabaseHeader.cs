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

    /// <summary>How long a database's header is: the first 100 bytes of its first page.</summary>
    public const int HeaderLength = 100;

    private const int ApplicationIdOffset = 68; // where the database header keeps it, big-endian
    private const int PageSizeOffset = 16;
    private const int WriteVersionOffset = 18;  // 2 for a database in WAL, 1 for one with a rollback journal
    private const int ChangeCounterOffset = 24;
    private const int PageCountOffset = 28;
    private const int ValidForOffset = 92;      // the change counter the page count is valid for

    /// <summary>What <see cref="Describe"/> calls a vaultsim run file.</summary>
    public const string RunFile = "a vaultsim run file";

    private static ReadOnlySpan<byte> Database => "SQLite format 3\0"u8;

    private static ReadOnlySpan<byte> Journal => [0xD9, 0xD5, 0x05, 0xF9, 0x20, 0xA1, 0x63, 0xD7];

    /// <summary>The file's first bytes, up to <paramref name="length"/> of them (fewer in a shorter file), read without locking anyone out.</summary>
    /// <param name="path">The file.</param>
    /// <param name="length">How many bytes to read: by default the <see cref="Length"/> that <see cref="Describe"/> reads.</param>
    /// <exception cref="IOException">The file can't be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static byte[] ReadStart(string path, int length = Length)
    {
        var start = new byte[length];
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return start[..stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false)];
    }

    /// <summary>What the file is by its first bytes (<see cref="Describe"/>); null when they are not SQLite's, or when the file can't be read.</summary>
    /// <remarks>For a check that refuses a database where something else is meant: a file it can't read is left to what reads it next to say so.</remarks>
    public static string? DescribeFile(string path)
    {
        try
        {
            return Describe(ReadStart(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>True when <paramref name="start"/> opens as every SQLite database does.</summary>
    internal static bool IsDatabase(ReadOnlySpan<byte> start) => start.StartsWith(Database);

    /// <summary>True when the database whose first bytes are <paramref name="start"/> is in WAL, read without opening a connection that could change it.</summary>
    internal static bool IsWal(ReadOnlySpan<byte> start) => start.Length > WriteVersionOffset && start[WriteVersionOffset] == 2;

    /// <summary>How many bytes the database's header says it holds (its page size times its page count); null when the header does not say.</summary>
    /// <remarks>
    /// SQLite keeps the count valid only while the change counter beside it matches the one it was written for; a
    /// header cut short, or with a stale or zero count, says nothing. A file shorter than this was cut short.
    /// </remarks>
    /// <param name="header">The file's first bytes, up to <see cref="HeaderLength"/> of them.</param>
    internal static long? DeclaredLength(ReadOnlySpan<byte> header)
    {
        if (header.Length < HeaderLength || !IsDatabase(header))
        {
            return null;
        }

        var pageSize = BinaryPrimitives.ReadUInt16BigEndian(header[PageSizeOffset..]) switch
        {
            1 => 65_536, // the one size that does not fit in two bytes
            var size => (int)size,
        };
        var pages = BinaryPrimitives.ReadUInt32BigEndian(header[PageCountOffset..]);
        var current = header.Slice(ChangeCounterOffset, sizeof(uint)).SequenceEqual(header.Slice(ValidForOffset, sizeof(uint)));
        return pages > 0 && current ? (long)pageSize * pages : null;
    }

    /// <summary>What the file is, as a person would call it ("a vaultsim run file"), or null when it is not SQLite's.</summary>
    /// <param name="start">The file's first bytes, up to <see cref="Length"/> of them.</param>
    public static string? Describe(ReadOnlySpan<byte> start)
    {
        if (IsDatabase(start))
        {
            return start.Length >= Length && BinaryPrimitives.ReadUInt32BigEndian(start[ApplicationIdOffset..]) == Migrations.ApplicationId
                ? RunFile
                : "a SQLite database";
        }

        if (start.Length >= sizeof(uint) && BinaryPrimitives.ReadUInt32BigEndian(start) is 0x377F0682 or 0x377F0683)
        {
            return "a SQLite database's write-ahead log (its -wal file)";
        }

        return start.StartsWith(Journal) ? "a SQLite database's rollback journal (its -journal file)" : null;
    }
}
