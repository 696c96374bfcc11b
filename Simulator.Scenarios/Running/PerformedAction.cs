using NodaTime;
using Simulator.Scenarios.Model;

namespace Simulator.Scenarios.Running;

/// <summary>An action a person took during a session (from the dashboard), at its virtual time.</summary>
/// <remarks>Recorded so that a lab can be reopened: the scenario replays deterministically and these run again at their places.</remarks>
/// <param name="At">The virtual time it was taken at.</param>
/// <param name="Action">What was done.</param>
/// <param name="EventsBefore">
/// How many events the engine had processed when it was taken, which places it among the events of its instant;
/// null in files recorded before it was kept.
/// </param>
public sealed record PerformedAction(Instant At, ScenarioAction Action, long? EventsBefore = null);
