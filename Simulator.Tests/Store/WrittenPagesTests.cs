using System.IO.MemoryMappedFiles;
using System.Runtime.InteropServices;
using Simulator.Store.Recording;

namespace Simulator.Tests.Store;

/// <summary>A recording's file leaves the page cache behind its newest part, so a big run streams it to the disk.</summary>
/// <remarks>
/// The files are made beside the tests, not in the temporary folder, which may be memory (tmpfs), whose pages can't
/// be dropped; where this folder's can't either, there is nothing to see. Only Linux is advised; elsewhere the advice
/// does nothing, which the recording's own tests cover.
/// </remarks>
public sealed class WrittenPagesTests : IDisposable
{
    private const int MiB = 1 << 20;

    private readonly string _folder = Path.Combine(AppContext.BaseDirectory, "written-pages", Guid.NewGuid().ToString("N"));

    public WrittenPagesTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Should_LetThePagesBehindTheKeptTailGo_When_TheFileHasGrownByAStep()
    {
        if (!OperatingSystem.IsLinux() || !TheFileSystemDropsAdvisedPages())
        {
            return;
        }

        // Given a file of 8 MiB on the disk, all of it cached
        var file = WrittenFile(8 * MiB);

        // When its pages are released, keeping 2 MiB at its end, a step being 1 MiB
        using (var pages = WrittenPages.Of(file, keptTail: 2 * MiB, step: MiB))
        {
            pages.Release();
        }

        // Then the first 6 MiB have left the cache, and the tail the next writes change is still there
        var cached = Cached(file);
        cached[..(6 * MiB / Environment.SystemPageSize)].ShouldAllBe(page => !page);
        cached[(6 * MiB / Environment.SystemPageSize)..].ShouldAllBe(page => page);
    }

    [Fact]
    public void Should_KeepEveryPage_When_TheFileIsNoLongerThanTheKeptTailAndAStep()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // Given a file of 3 MiB, all of it cached
        var file = WrittenFile(3 * MiB);

        // When its pages are released, keeping 2 MiB at its end, a step being 2 MiB
        using (var pages = WrittenPages.Of(file, keptTail: 2 * MiB, step: 2 * MiB))
        {
            pages.Release();
        }

        // Then the 1 MiB behind the tail is less than a step, and stays: a small run's file is never advised
        Cached(file).ShouldAllBe(page => page);
    }

    /// <summary>Whether this folder's file system drops a synced file's pages when advised to: tmpfs can't, and an old overlayfs passed the advice over.</summary>
    private bool TheFileSystemDropsAdvisedPages()
    {
        var probe = WrittenFile(MiB, "probe.db");
        using (var stream = new FileStream(probe, FileMode.Open, FileAccess.Read))
        {
            Advise((int)stream.SafeFileHandle.DangerousGetHandle(), 0, 0, DontNeed).ShouldBe(0);
        }

        return Cached(probe).All(page => !page);
    }

    /// <summary>A file of <paramref name="length"/> bytes, written and synced, so that its pages are cached and clean.</summary>
    private string WrittenFile(int length, string name = "run.db")
    {
        var file = Path.Combine(_folder, name);
        using var stream = new FileStream(file, FileMode.CreateNew);
        stream.Write(Enumerable.Repeat((byte)7, length).ToArray());
        stream.Flush(flushToDisk: true);
        return file;
    }

    /// <summary>Whether each page of the file is in the page cache (<c>mincore</c> of a mapping that reads none of it).</summary>
    private static bool[] Cached(string file)
    {
        var length = new FileInfo(file).Length;
        using var mapped = MemoryMappedFile.CreateFromFile(file, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
        using var view = mapped.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
        var pages = new byte[(length + Environment.SystemPageSize - 1) / Environment.SystemPageSize];
        Residency(view.SafeMemoryMappedViewHandle.DangerousGetHandle(), (nuint)length, pages).ShouldBe(0);
        return [.. pages.Select(page => (page & 1) == 1)];
    }

    private const int DontNeed = 4;

    [DllImport("libc", EntryPoint = "posix_fadvise")]
    private static extern int Advise(int descriptor, long offset, long length, int advice);

    [DllImport("libc", EntryPoint = "mincore")]
    private static extern int Residency(IntPtr address, nuint length, byte[] pages);
}
