using System.Runtime.InteropServices;

namespace Simulator.Scenarios.Files;

/// <summary>What the operating system knows of a file beyond .NET's API: its type, and the device and inode that make it itself.</summary>
/// <remarks>
/// .NET tells neither a device from a file (<c>/dev/null</c> exists and is empty) nor a file's inode, so Linux's
/// <c>statx</c> is called directly: unlike <c>stat</c>, its buffer has one layout on every architecture. Elsewhere, or
/// where the call fails (a missing file, a kernel before 4.11, a C library without the call), there is no status.
/// </remarks>
/// <param name="DeviceMajor">The major number of the device that holds the file.</param>
/// <param name="DeviceMinor">The minor number of the device that holds the file.</param>
public readonly partial record struct FileStatus(FileType Type, uint DeviceMajor, uint DeviceMinor, ulong Inode)
{
    private const int CurrentFolder = -100;             // AT_FDCWD: a relative path is read from the current folder
    private const uint TypeAndInode = 0x0001 | 0x0100;  // STATX_TYPE | STATX_INO; the device is always filled in

    /// <summary>The status of the file the path names, links followed; null when it can't be had.</summary>
    public static FileStatus? Of(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            return statx(CurrentFolder, path, 0, TypeAndInode, out var status) == 0
                ? new FileStatus(TypeOf(status.Mode), status.DeviceMajor, status.DeviceMinor, status.Inode)
                : null;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The type in a mode's S_IFMT bits, which have the same values on every Unix.</summary>
    private static FileType TypeOf(ushort mode) => (mode & 0xF000) switch
    {
        0x8000 => FileType.Regular,
        0x4000 => FileType.Directory,
        0x2000 => FileType.CharacterDevice,
        0x6000 => FileType.BlockDevice,
        0x1000 => FileType.Pipe,
        0xC000 => FileType.Socket,
        _ => FileType.Other,
    };

    /// <summary>Whether the system refused to look the path up (EACCES): a folder on the way may not be searched, so
    /// .NET says the file does not exist although it may well.</summary>
    public static bool IsBarred(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        const int PermissionDenied = 13;   // EACCES
        try
        {
            return OperatingSystem.IsLinux() && statx(CurrentFolder, path, 0, TypeAndInode, out _) != 0 && Marshal.GetLastPInvokeError() == PermissionDenied;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int statx(int folder, string path, int flags, uint mask, out StatxBuffer status);

    /// <summary>Linux's <c>struct statx</c>, 256 bytes, of which only the mode, the inode and the device are read.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxBuffer
    {
        [FieldOffset(28)]
        public ushort Mode;

        [FieldOffset(32)]
        public ulong Inode;

        [FieldOffset(136)]
        public uint DeviceMajor;

        [FieldOffset(140)]
        public uint DeviceMinor;
    }
}
