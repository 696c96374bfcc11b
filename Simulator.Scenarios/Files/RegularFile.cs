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

        return BrokenLink(path);
    }

    /// <summary>Why a symbolic link reaches no file: the file it leads to does not exist, or its links go round in a circle; null for anything else.</summary>
    /// <remarks>
    /// .NET says such a link exists (it is there) and then, opening it, "Could not find file" of the link's own name,
    /// which names neither the link nor what is missing.
    /// </remarks>
    private static string? BrokenLink(string path)
    {
        try
        {
            var link = new FileInfo(path);
            return link.LinkTarget is null || link.ResolveLinkTarget(returnFinalTarget: true) is not { } final || Path.Exists(final.FullName)
                ? null
                : $"this is a symbolic link to '{final.FullName}', which does not exist";
        }
        catch (IOException)
        {
            return "this is a symbolic link whose links lead round in a circle to no file";
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
}
