using System.Text;

namespace Simulator.Tui.Cli;

/// <summary>A report file named by <c>run --junit</c> or <c>--json</c>: checked before the run, written after it.</summary>
internal static class ReportFile
{
    /// <summary>Refuses a report path that could not be written, before anything runs rather than after.</summary>
    /// <param name="path">The path given, or null when the report was not asked for.</param>
    /// <param name="option">The option that named it.</param>
    /// <param name="example">A file name to suggest.</param>
    /// <exception cref="CliInputException">No file is named, or it names a folder, a file in a missing folder, a read-only file, or a place that can't be written.</exception>
    public static void Check(string? path, string option, string example)
    {
        if (path is null)
        {
            return;
        }

        if (path.Length == 0)
        {
            throw new CliInputException($"{option}: no file is named; name the report's file (for example {example}).");
        }

        if (Directory.Exists(path))
        {
            throw new CliInputException($"{option} {path}: this is a folder; name the report's file (for example {Path.Combine(path, example)}).");
        }

        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder && !Directory.Exists(folder))
        {
            throw new CliInputException($"{option} {path}: the folder '{folder}' does not exist; create it first, or choose another path.");
        }

        if (File.Exists(path) && File.GetAttributes(path).HasFlag(FileAttributes.ReadOnly))
        {
            throw new CliInputException($"{option} {path}: the file is read-only; make it writable, or choose another path.");
        }

        try
        {
            // Opened for writing as the report will be, but an existing file is not truncated and a new one is
            // removed at once: a run refused later (a bad --until, a run file that can't be recorded into) leaves no
            // empty report behind, and an older one stays as it was.
            using var probe = File.Exists(path)
                ? new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite)
                : new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1, FileOptions.DeleteOnClose);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"{option} {path}: can't write the report there: {e.Message}");
        }
    }

    /// <summary>Writes the report, replacing any file that is there.</summary>
    /// <exception cref="CliInputException">The file could not be written after all (the disk filled, or it changed since the check).</exception>
    public static void Write(string? path, string option, Action<TextWriter> write)
    {
        if (path is null)
        {
            return;
        }

        try
        {
            using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
            write(writer);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"{option} {path}: can't write the report: {e.Message}");
        }
    }
}
