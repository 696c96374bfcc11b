using Simulator.Store.Folding;

namespace Simulator.Store.Recording;

/// <summary>The jobs still running and the points still alive when a recording closes: rows written with its final state.</summary>
internal sealed record OpenHistories(IReadOnlyList<JobHistory> Jobs, IReadOnlyList<PointHistory> Points);
