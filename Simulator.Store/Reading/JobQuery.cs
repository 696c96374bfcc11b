using NodaTime;

namespace Simulator.Store.Reading;

/// <summary>Which jobs to list, as <c>az backup job list</c> filters them; null means any.</summary>
/// <param name="From">Jobs that started at or after this time.</param>
/// <param name="To">Jobs that started at or before this time.</param>
public sealed record JobQuery(string? Status = null, string? Operation = null, string? Item = null, Instant? From = null, Instant? To = null);
