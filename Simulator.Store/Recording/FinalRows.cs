using Simulator.Store.Rows;

namespace Simulator.Store.Recording;

/// <summary>The state a recording closes with: the items as they are, the outcomes, how far time got, whether the run finished, and the jobs and points still open.</summary>
internal sealed record FinalRows(IReadOnlyList<ItemRow> Items, IReadOnlyList<OutcomeRow>? Outcomes, string Reached, bool Complete, OpenHistories Open);
