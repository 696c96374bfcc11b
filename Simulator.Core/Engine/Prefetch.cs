using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Simulator.Core.Engine;

/// <summary>Asks the processor to start loading memory that the engine will read a few events from now.</summary>
/// <remarks>
/// A large estate is bound by memory latency: an expiry reaches a point, and the payload slot that names it, last
/// touched weeks of virtual time ago. The queue knows which events come next, so it can have their memory on its way
/// while the current event is handled. A prefetch never faults and changes nothing but timing: an address made stale
/// by a garbage collection moving the object only prefetches the wrong line. Where the instruction does not exist
/// (not x86), nothing happens.
/// </remarks>
internal static class Prefetch
{
    public static unsafe void Line<T>(ref T location)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref location));
        }
    }

    /// <summary>Asks for the object's first <paramref name="lines"/> cache lines of 64 bytes.</summary>
    /// <remarks>
    /// A job (384 bytes) or an item (over 256) spans several lines, and its handler reads fields all over it; asking for
    /// the first line only left the others to miss one by one, and cost a 100,000-VM estate a fifth more. Lines past
    /// a smaller object only bring in its neighbours.
    /// </remarks>
    public static unsafe void Object(object? target, int lines = 1)
    {
        if (Sse.IsSupported && target is not null)
        {
            var start = (byte*)Unsafe.As<object, nint>(ref target);
            for (var i = 0; i < lines; i++)
            {
                Sse.Prefetch0(start + (i * 64));
            }
        }
    }
}
