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

    /// <summary>Refuses a report that would be written over a file the run reads, the run file, or the other report.</summary>
    /// <param name="reports">The report options and the paths they name (null when not asked for).</param>
    /// <param name="scenarios">The files the run reads: the scenarios, and the policy files they import.</param>
    /// <param name="db">The run file, when the run is recorded.</param>
    /// <exception cref="CliInputException">Two of these name the same file.</exception>
    public static void CheckNothingOverwritten(IReadOnlyList<(string Option, string? Path)> reports, IEnumerable<string> scenarios, string? db)
    {
        var comparer = OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        var inputs = scenarios.Select(RealPath).ToHashSet(comparer);
        var claimed = new Dictionary<string, string>(comparer);
        if (db is { Length: > 0 })
        {
            claimed[RealPath(db)] = "--db";
        }

        foreach (var (option, path) in reports.Where(r => r.Path is { Length: > 0 }))
        {
            var full = RealPath(path!);
            if (inputs.Contains(full))
            {
                throw new CliInputException($"{option} {path}: this is a file the run reads (a scenario, or a policy file one imports), and the report would replace it; name another file.");
            }

            if (claimed.TryGetValue(full, out var other))
            {
                throw new CliInputException($"{option} {path}: {other} names the same file, and one would replace the other; name another file.");
            }

            claimed[full] = option;
        }
    }

    /// <summary>Writes the report into the file, replacing what it held, as a shell's redirection would.</summary>
    /// <remarks>
    /// In place rather than renamed over it: the path may be a device or a link to one (<c>/dev/stdout</c>), which a
    /// rename would replace with a file. The files a run reads are refused as reports beforehand (<see cref="CheckNothingOverwritten"/>).
    /// </remarks>
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

    /// <summary>The file a path names, with every symbolic link on the way followed, so two ways to one file compare equal.</summary>
    private static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var real = root;
        var parts = new Queue<string>(full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries));
        for (var links = 0; parts.TryDequeue(out var part);)
        {
            var next = Path.Combine(real, part);
            FileSystemInfo entry = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (entry.LinkTarget is not { } target || ++links > 40)
            {
                real = next;
                continue;
            }

            // The link's target takes its place, and is walked in turn: it may hold links of its own.
            var resolved = Path.GetFullPath(target, real);
            real = Path.GetPathRoot(resolved)!;
            var rest = parts.ToList();
            parts = new Queue<string>(resolved[real.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Concat(rest));
        }

        return real;
    }
}
