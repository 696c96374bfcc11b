using System.Text;
using Simulator.Scenarios.Files;

namespace Simulator.Tui.Cli;

internal static partial class ReportFile
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>Whether the path names a file a report may replace by a rename: a new one, or a regular file, not through a link.</summary>
    /// <remarks>
    /// A link is written through: <c>/dev/stdout</c> leads to the shell's redirection, even to a regular file that a
    /// rename would take from under it. Where the type can't be told (see <see cref="FileStatus"/>), an existing file is
    /// written in place, as it was.
    /// </remarks>
    private static bool IsReplaceable(string path) =>
        new FileInfo(path).LinkTarget is null
        && (!Path.Exists(path) || FileStatus.Of(path) is { Type: FileType.Regular });

    /// <summary>Writes the report beside the file and renames it over the file once whole; false where its folder takes no new file.</summary>
    /// <remarks>
    /// Written in place, a report was emptied first and then filled: a CI server reading it meanwhile, or a second run
    /// writing the same path (a matrix sharing a workspace), found half of one, or one run's report followed by zeros
    /// and the other's tail. A rename is whole; the file keeps its permissions. A folder that takes no new file may
    /// still hold a report that can be written, which is then written in place.
    /// </remarks>
    /// <exception cref="IOException">The report could not be written or put in place; nothing is left beside the file.</exception>
    private static bool WriteWhole(string path, Action<TextWriter> write)
    {
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        FileStream stream;
        try
        {
            stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }

        try
        {
            using (var writer = new StreamWriter(stream, Utf8))
            {
                write(writer);
            }

            if (!OperatingSystem.IsWindows() && File.Exists(full))
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(full));
            }

            File.Move(temporary, full, overwrite: true);
            return true;
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
