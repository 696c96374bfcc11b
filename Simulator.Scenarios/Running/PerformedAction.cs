using NodaTime;
using Simulator.Scenarios.Model;

namespace Simulator.Scenarios.Running;

/// <summary>An action a person took during a session (from the dashboard), at its virtual time.</summary>
/// <remarks>Recorded so that a lab can be reopened: the scenario replays deterministically and these run again at their times.</remarks>
public sealed record PerformedAction(Instant At, ScenarioAction Action);
