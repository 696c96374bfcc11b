using Simulator.Store.Rows;

namespace Simulator.Store.Recording;

/// <summary>The state a recording closes with: the items as they are, the outcomes, how far time got, and whether the run finished.</summary>
/// <remarks>The jobs and points still open come from the writer's fold, which has seen every event before this.</remarks>
internal sealed record FinalRows(IReadOnlyList<ItemRow> Items, IReadOnlyList<OutcomeRow>? Outcomes, string Reached, bool Complete);
