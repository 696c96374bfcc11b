using System.Runtime.InteropServices;

namespace Simulator.Tui.Cli;

/// <summary>What makes a file itself whatever it is called: its device and inode, so a hard link compares equal to the file it links.</summary>
/// <remarks>
/// .NET has no API for a file's inode, so Linux's <c>statx</c> is called directly: unlike <c>stat</c>, its buffer has
/// one layout on every architecture. Elsewhere, or where the call fails (a missing file, a kernel before 4.11, a C
/// library without the call), there is no identity, and two paths are compared by name with their links followed.
/// </remarks>
internal readonly partial record struct FileIdentity(uint DeviceMajor, uint DeviceMinor, ulong Inode)
{
    private const int CurrentFolder = -100;             // AT_FDCWD: a relative path is read from the current folder
    private const uint TypeAndInode = 0x0001 | 0x0100;  // STATX_TYPE | STATX_INO; the device is always filled in

    /// <summary>The identity of the file the path names, links followed; null when it can't be had.</summary>
    public static FileIdentity? Of(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            return statx(CurrentFolder, path, 0, TypeAndInode, out var status) == 0
                ? new FileIdentity(status.DeviceMajor, status.DeviceMinor, status.Inode)
                : null;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }
    }

    [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int statx(int folder, string path, int flags, uint mask, out StatxBuffer status);

    /// <summary>Linux's <c>struct statx</c>, 256 bytes, of which only the inode and the device are read.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxBuffer
    {
        [FieldOffset(32)]
        public ulong Inode;

        [FieldOffset(136)]
        public uint DeviceMajor;

        [FieldOffset(140)]
        public uint DeviceMinor;
    }
}
