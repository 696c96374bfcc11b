namespace Simulator.Scenarios.Files;

/// <summary>The one rule for whether a file vaultsim is told to write may be written: what the operating system allows, found by trying.</summary>
/// <remarks>
/// Permission bits are not the answer: root writes a file or a folder whose bits say read-only, and a file system
/// mounted read-only, or one such as <c>/sys</c>, refuses what the bits allow. Every output (a report, a run file)
/// asks here, so that where one of them may be written, so may the others.
/// </remarks>
public static class WriteProbe
{
    /// <summary>Opens the path for writing as a writer would, and lets it go unchanged: an existing file is not truncated, and a new one is removed at once.</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="exists">Whether the file is there already; a new one is created, and fails if it appeared meanwhile.</param>
    /// <returns>Whether the file opened can seek: a pipe or a terminal can't.</returns>
    /// <exception cref="UnauthorizedAccessException">The system does not let it be written (for a new file, its folder).</exception>
    /// <exception cref="IOException">It can't be opened for another reason, which the message says.</exception>
    public static bool Open(string path, bool exists)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var probe = exists
            ? new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete)
            : new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1, FileOptions.DeleteOnClose);
        return probe.CanSeek;
    }

    /// <summary>True when the file, or the folder a new one would go in, is on a file system mounted read-only (EROFS).</summary>
    /// <remarks>No permission can be mended there, so a refusal that says "make it writable" would send a person the wrong way.</remarks>
    public static bool IsOnReadOnlyFileSystem(string path)
    {
        const int ReadOnlyFileSystem = 30;   // EROFS on Linux and macOS
        try
        {
            _ = Open(path, File.Exists(path));
            return false;
        }
        catch (IOException e) when (!OperatingSystem.IsWindows())
        {
            return e.HResult == ReadOnlyFileSystem;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>True when the system refuses to let the path be written (see <see cref="Open"/>); any other failure is left to the writer to meet and say.</summary>
    public static bool IsRefused(string path, bool exists)
    {
        try
        {
            _ = Open(path, exists);
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }
}
