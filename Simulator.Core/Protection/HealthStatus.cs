namespace Simulator.Core.Protection;

/// <summary>The API's <c>HealthStatus</c> of an item (domain.md §5.1), which <c>az backup item list</c> shows as its Health Status.</summary>
/// <remarks>
/// The sources give its values, and one item's (a healthy VM item's <c>Passed</c>), but not when each is given. Ours
/// (a decision, in the README): <c>Passed</c> while nothing needs doing (healthy, or its first backup pending), and
/// <c>ActionRequired</c> where its backups fail or can't reach its VM. <c>ActionSuggested</c> and <c>Invalid</c> are
/// never given.
/// </remarks>
public enum HealthStatus
{
    Passed,
    ActionRequired,
}
