namespace Simulator.Core.Protection;

/// <summary>Whether an item is soft-deleted (the API's <c>DeleteState</c>).</summary>
public enum DeleteState
{
    NotDeleted,
    ToBeDeleted,
}
