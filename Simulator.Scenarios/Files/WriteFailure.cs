namespace Simulator.Scenarios.Files;

/// <summary>Why a file named to be written could not be, in our words and with the way out.</summary>
/// <remarks>
/// .NET gives the system's words and the path again ("Broken pipe : '/dev/stdout'"), which name neither what a person
/// did to cause it nor what to do. The common causes are told by their error number: on Unix the exception's
/// HResult is the errno; on Windows it is the Win32 error in an HRESULT.
/// </remarks>
public static class WriteFailure
{
    private const string BrokenPipe = "the program reading the pipe closed it before everything was written (as 'head' does once it has its lines). Let it read everything, or write to a file.";
    private const string DiskFull = "the disk is full. Free some space, or choose another path.";
    private const string NotOpen = "it is not open for writing (closed, as '>&-' leaves it). Redirect it to a file or a pipe.";

    /// <summary>The cause, from a lower-case word, ending with a full stop.</summary>
    public static string Describe(Exception e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e is UnauthorizedAccessException)
        {
            return "permission denied. Make it writable, or choose another path.";
        }

        var known = OperatingSystem.IsWindows() ? Windows(e.HResult) : Unix(e.HResult);
        return known ?? $"{SystemWords(e)}.";
    }

    private static string? Unix(int errno) => errno switch
    {
        32 => BrokenPipe,
        28 => DiskFull,
        122 when OperatingSystem.IsLinux() => "the disk quota is used up. Free some space, or choose another path.",
        69 when OperatingSystem.IsMacOS() => "the disk quota is used up. Free some space, or choose another path.",
        30 => "the file system is read-only. Choose another path.",
        5 => "the disk reported an input/output error (is it failing, or was it removed?). Choose another path.",
        9 => NotOpen,
        _ => null,
    };

    private static string? Windows(int hresult) => (hresult & 0xFFFF0000) == 0x80070000
        ? (hresult & 0xFFFF) switch
        {
            109 or 232 => BrokenPipe,             // ERROR_BROKEN_PIPE, ERROR_NO_DATA (the pipe is being closed)
            39 or 112 => DiskFull,                // ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL
            6 => NotOpen,                         // ERROR_INVALID_HANDLE
            _ => null,
        }
        : null;

    /// <summary>The system's words for a failure, lower-case and without the path .NET appends: for a message that names the path already.</summary>
    public static string SystemWords(Exception e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return Lowered(WithoutPath(e.Message));
    }

    /// <summary>The system's words without the " : 'path'" .NET appends; the message names the path already.</summary>
    private static string WithoutPath(string message)
    {
        var cut = message.LastIndexOf(" : '", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).Trim().TrimEnd('.');
    }

    private static string Lowered(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
}
