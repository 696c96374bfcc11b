// A handler inlines many small values (instants, scheduled runs, journal entries), and the runtime zeroed each one's
// place in the frame at every call, though C# never reads a local before writing it. Values that hold references are
// still zeroed: the collector needs that.
[module: System.Runtime.CompilerServices.SkipLocalsInit]
