namespace Simulator.Store;

/// <summary>The values of <c>runs.status</c>.</summary>
public static class RunStatus
{
    /// <summary>The run is being recorded, was suspended, or was killed; everything committed so far is in the file.</summary>
    public const string Incomplete = "incomplete";

    /// <summary>The run reached its end and its final state was written.</summary>
    public const string Complete = "complete";
}
