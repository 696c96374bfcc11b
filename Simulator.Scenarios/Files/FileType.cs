namespace Simulator.Scenarios.Files;

/// <summary>What kind of thing a path names, as the operating system tells it.</summary>
public enum FileType
{
    /// <summary>An ordinary file: the only kind a run file can be.</summary>
    Regular,

    Directory,

    /// <summary>A terminal or a device such as <c>/dev/null</c>.</summary>
    CharacterDevice,

    /// <summary>A disk or a partition.</summary>
    BlockDevice,

    /// <summary>A named pipe (a FIFO), or a pipe reached through <c>/dev/fd</c>.</summary>
    Pipe,

    Socket,

    /// <summary>A type the system reported that none of the above names.</summary>
    Other,
}
