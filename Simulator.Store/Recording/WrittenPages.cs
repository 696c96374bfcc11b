using System.Runtime.InteropServices;

namespace Simulator.Store.Recording;

/// <summary>
/// Lets the operating system drop the pages of a run file that the recording has left behind, so that a big recording
/// streams its file to the disk instead of holding all of it in the page cache.
/// </summary>
/// <remarks>
/// A run file grows at its end, and the B-trees' pages the writer still changes are the newest ones (and the few
/// inner pages, which SQLite's own cache holds); only a reopened lab's close reads the rest back, from the disk, to
/// build its index of the points alive (<see cref="Schema.ItemIndexes"/>). Everything more than <see cref="KeptTail"/> behind the end is
/// advised away (<c>POSIX_FADV_DONTNEED</c>): the kernel starts writing what is dirty and drops what is clean, and
/// the pages it frees are the ones the next writes take. A year of 10,000 VMs writes a file of 1.95 GB. Held whole
/// in the cache, each of its pages is memory the kernel takes fresh, which on a virtual machine whose host takes
/// back freed memory (free page reporting) costs a fault in the host: about 3 s of the writer's time for the year
/// on the machine of docs/performance.md, against under 1 s when the pages are reused.
/// <para>
/// Linux only, and only advice: where the file can't be opened or the call fails, the recording is the same, only
/// slower. The file is opened with <c>open(2)</c>, not a <see cref="FileStream"/>, which on Linux would take an
/// <c>flock</c> that other programs could trip on; and it is closed only after SQLite's connection, because closing
/// any descriptor of a file drops every POSIX lock the process holds on it, SQLite's among them.
/// </para>
/// </remarks>
internal sealed partial class WrittenPages : IDisposable
{
    /// <summary>The newest bytes of the file, which are left cached: the pages the next commits still change.</summary>
    public const long KeptTail = 64L << 20;

    /// <summary>How much the file must have grown since the last advice before it is given again.</summary>
    public const long Step = 64L << 20;

    private const int ReadOnly = 0;
    private const int CloseOnExec = 0x80000;
    private const int SeekEnd = 2;
    private const int DontNeed = 4;

    private readonly long _keptTail;
    private readonly long _step;
    private int _descriptor;
    private long _advisedTo;
    private Task _advice = Task.CompletedTask;

    private WrittenPages(int descriptor, long keptTail, long step)
    {
        _descriptor = descriptor;
        _keptTail = keptTail;
        _step = step;
    }

    /// <summary>The pages of the file at <paramref name="path"/>; on another system than Linux, or a file that can't be opened, advice that does nothing.</summary>
    public static WrittenPages Of(string path, long keptTail = KeptTail, long step = Step)
    {
        if (!OperatingSystem.IsLinux())
        {
            return new(-1, keptTail, step);
        }

        try
        {
            return new(Open(path, ReadOnly | CloseOnExec), keptTail, step);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return new(-1, keptTail, step);
        }
    }

    /// <summary>Advises the pages more than the kept tail behind the file's end away, once the file has grown by a step since the last time.</summary>
    /// <remarks>
    /// The advice covers the file from its start each time: pages still being written last time, and inner pages a
    /// checkpoint wrote again, go now. It is given on the thread pool, since starting the writes can wait for the
    /// disk's queue (1.3 s of the writer's year, given on its own thread); while one is under way, the next waits for
    /// the following commit.
    /// </remarks>
    public void Release()
    {
        if (_descriptor < 0)
        {
            return;
        }

        var end = Seek(_descriptor, 0, SeekEnd) - _keptTail;
        if (end - _advisedTo < _step || !_advice.IsCompleted)
        {
            return;
        }

        var descriptor = _descriptor;
        _advice = Task.Run(() => Advise(descriptor, 0, end, DontNeed));
        _advisedTo = end;
    }

    public void Dispose()
    {
        if (_descriptor >= 0)
        {
            _advice.Wait();
            _ = Close(_descriptor);
            _descriptor = -1;
        }
    }

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "lseek")]
    private static partial long Seek(int descriptor, long offset, int whence);

    [LibraryImport("libc", EntryPoint = "posix_fadvise")]
    private static partial int Advise(int descriptor, long offset, long length, int advice);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int descriptor);
}
