namespace Simulator.Scenarios.Files;

/// <summary>The one rule for every file vaultsim reads (scenarios, policy JSON, run files): it must be a regular file.</summary>
/// <remarks>
/// .NET takes a device or a pipe for a file of unknown length: reading <c>/dev/zero</c> never ends (it ran out of
/// memory), and reading a pipe nobody writes to waits for ever. Where the type can't be had (see
/// <see cref="FileStatus"/>) nothing is refused here, and a reader's own size limit still bounds what it reads.
/// </remarks>
public static class RegularFile
{
    /// <summary>Why the path can't be read as a file ("this is a device, not a regular file"), or null when it can (or does not exist).</summary>
    /// <remarks>Without the way out, which each reader words for what it wants named instead.</remarks>
    public static string? Refusal(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (FileStatus.Of(path) is { Type: not FileType.Regular } status)
        {
            return $"this is {Noun(status.Type)}, not a regular file";
        }

        return NotUtf8Name(path) ? NotUtf8Refusal : BrokenLink(path);
    }

    /// <summary>Why a file whose name is not UTF-8 can't be read, without the way out.</summary>
    public const string NotUtf8Refusal = "the file's name is not valid UTF-8 (its bad bytes shown as \uFFFD), so it can't be opened by that name here (rename it)";

    /// <summary>Whether a path that does not exist had bytes in its name that are not UTF-8: .NET reads them as U+FFFD, then finds nothing by the name it made.</summary>
    public static bool NotUtf8Name(string path) =>
        !OperatingSystem.IsWindows() && path.Contains('\uFFFD', StringComparison.Ordinal) && !Path.Exists(path);

    /// <summary>Why a symbolic link reaches no file: the file it leads to does not exist, or its links go round in a circle; null for anything else.</summary>
    /// <remarks>
    /// .NET says such a link exists (it is there) and then, opening it, "Could not find file" of the link's own name,
    /// which names neither the link nor what is missing.
    /// </remarks>
    private static string? BrokenLink(string path)
    {
        try
        {
            return MissingLinkTarget(path) is { } missing ? $"this is a symbolic link to '{AsGiven(path, missing)}', which does not exist" : null;
        }
        catch (IOException)
        {
            return CircularLink;
        }
    }

    /// <summary>The missing file named as the link was: from the current folder where the link's path is relative.</summary>
    /// <remarks>Its full path would carry the machine's own folder into a CI log and its reports, where the rest is named as given.</remarks>
    private static string AsGiven(string link, string missing) =>
        Path.IsPathRooted(link) ? missing : Path.GetRelativePath(Environment.CurrentDirectory, missing);

    /// <summary>Why no file can be made in <paramref name="folder"/>, which does not exist, with the way out.</summary>
    /// <remarks>
    /// A path that goes on through a file (run.db/x.db) names a folder no one can create, so "create it first" would
    /// send a person looking for a folder that is a file.
    /// </remarks>
    public static string MissingFolder(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        for (var at = folder; at is not null && !Directory.Exists(at); at = Path.GetDirectoryName(at))
        {
            if (File.Exists(at))
            {
                return $"'{at}' is a file, not a folder, so no path goes on through it; choose another path.";
            }
        }

        return $"the folder '{folder}' does not exist; create it first, or choose another path.";
    }

    /// <summary>Said of a symbolic link whose links lead round in a circle, as <see cref="Refusal"/> says it.</summary>
    public static string CircularLink => "this is a symbolic link whose links lead round in a circle to no file";

    /// <summary>The full path a symbolic link finally leads to when nothing is there, or null when the path is no link or its file exists.</summary>
    /// <remarks>A writer that creates the file, as a shell's <c>&gt;</c> would, creates this one; the link stays as it is.</remarks>
    /// <exception cref="IOException">The link's links go round in a circle (<see cref="CircularLink"/>).</exception>
    public static string? MissingLinkTarget(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            // The kernel's word comes first: /dev/stdout piped to a program leads to /proc/self/fd/1, whose link names
            // "pipe:[123]", no path at all, yet opens the pipe.
            var link = new FileInfo(path);
            return link.LinkTarget is null || FileStatus.Of(path) is not null
                || link.ResolveLinkTarget(returnFinalTarget: true) is not { } final || Path.Exists(final.FullName)
                ? null
                : final.FullName;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string Noun(FileType type) => type switch
    {
        FileType.Directory => "a folder",
        FileType.CharacterDevice => "a device",
        FileType.BlockDevice => "a disk device",
        FileType.Pipe => "a pipe",
        FileType.Socket => "a socket",
        _ => "a special file",
    };

    /// <summary>The file's folder when its read-only attribute says no file may be created in it (/proc, a folder made read-only); otherwise null.</summary>
    /// <remarks>
    /// One rule for a report's path and a run file's, so both say a folder is read-only alike. Windows ignores the
    /// read-only attribute of a folder (Explorer uses it to mark customised ones), so it means this only elsewhere.
    /// </remarks>
    public static string? ReadOnlyFolder(string fullPath) =>
        !OperatingSystem.IsWindows() && Path.GetDirectoryName(fullPath) is { } folder && Directory.Exists(folder) && File.GetAttributes(folder).HasFlag(FileAttributes.ReadOnly)
            ? folder
            : null;
}
