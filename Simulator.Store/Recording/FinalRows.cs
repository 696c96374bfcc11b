using Simulator.Store.Rows;

namespace Simulator.Store.Recording;

/// <summary>The state a recording closes with: the items as they are, the outcomes, how far time got, and whether the run finished.</summary>
internal sealed record FinalRows(IReadOnlyList<ItemRow> Items, IReadOnlyList<OutcomeRow>? Outcomes, string Reached, bool Complete);
