namespace Simulator.Store.Recording;

/// <summary>A time a person moved a lab's clock to (a go-to), which the file keeps as how far the run got.</summary>
/// <param name="At">The time, as stored (ISO text, so that text order is time order).</param>
internal sealed record ReachedTime(string At);
