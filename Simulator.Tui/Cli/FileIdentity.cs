using Simulator.Scenarios.Files;

namespace Simulator.Tui.Cli;

/// <summary>What makes a file itself whatever it is called: its device and inode, so a hard link compares equal to the file it links.</summary>
/// <remarks>
/// Had from the operating system where it tells them (<see cref="FileStatus"/>, on Linux). Elsewhere, or where the
/// call fails, there is no identity, and two paths are compared by name with their links followed.
/// </remarks>
internal readonly record struct FileIdentity(uint DeviceMajor, uint DeviceMinor, ulong Inode)
{
    /// <summary>The identity of the file the path names, links followed; null when it can't be had.</summary>
    public static FileIdentity? Of(string path) =>
        FileStatus.Of(path) is { } status ? new FileIdentity(status.DeviceMajor, status.DeviceMinor, status.Inode) : null;
}
