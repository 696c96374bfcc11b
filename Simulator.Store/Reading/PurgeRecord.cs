using NodaTime;

namespace Simulator.Store.Reading;

/// <summary>An item's backup data deleted for good (purged) in one vault, and the recovery points that went with it.</summary>
/// <param name="Points">How many points the item still had then.</param>
public sealed record PurgeRecord(string Vault, string Item, Instant At, long Points);
