using Simulator.Store.Rows;

namespace Simulator.Store.Recording;

/// <summary>The world at the start of a run, queued for the writer as one piece.</summary>
internal sealed record WorldRows(IReadOnlyList<VaultRow> Vaults, IReadOnlyList<PolicyRow> Policies, IReadOnlyList<DataSourceRow> DataSources, IReadOnlyList<ItemRow> Items);
