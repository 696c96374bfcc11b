namespace Simulator.Core.Engine;

/// <summary>Which of several events due at the same instant goes first.</summary>
/// <remarks>
/// Expiries go first so that a tier due to expire at the instant a new point arrives is gone before the new point
/// is counted; scripted actions go last so that a scenario step sees the world as it is at that instant.
/// </remarks>
public enum EventPriority
{
    Expiry = 0,
    PhaseCompletion = 1,
    JobStart = 2,
    Scripted = 4,

    /// <summary>Checks of expectations, which see the world after every change at their instant.</summary>
    Check = 5,
}
