namespace Simulator.Tui.Cli;

/// <summary>Whether two names reach one file: the one rule behind every "the same file" the commands tell.</summary>
/// <remarks>
/// A file that exists is itself by its <see cref="FileIdentity"/>, so a hard link or a symbolic link compares equal to
/// it. Where there is no identity (the file is not written yet, or the system gives none) two names are compared by
/// the full path each reaches with every symbolic link on the way followed, without regard to case on Windows.
/// </remarks>
internal static class OneFile
{
    /// <summary>What every name of the file shares: equal for two names of one file, and for no others.</summary>
    public static object KeyOf(string path)
    {
        if (FileIdentity.Of(path) is { } identity)
        {
            return identity;
        }

        var real = RealPath(path);
        return OperatingSystem.IsWindows() ? real.ToUpperInvariant() : real;
    }

    public static bool AreOne(string a, string b) => KeyOf(a).Equals(KeyOf(b));

    /// <summary>The full path the name reaches with every symbolic link on the way followed; the path as given, made full, where a link can't be read.</summary>
    public static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            return Walk(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A folder that may be listed but not searched: whoever reads the file says so; its own name keeps it apart.
            return full;
        }
    }

    private static string Walk(string full)
    {
        var root = Path.GetPathRoot(full)!;
        var real = root;
        var parts = new Queue<string>(full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries));

        // Links in a circle stop being followed after 40, as the system's own lookup stops.
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
