namespace Simulator.Store.Rows;

/// <summary>An action a person took in an interactive session, its arguments as JSON.</summary>
/// <remarks>SQLite-native types only (long, string, double), so Dapper maps it without conversions.</remarks>
/// <param name="EventsBefore">The events the engine had processed when the action was taken (<see cref="Scenarios.Running.PerformedAction.EventsBefore"/>).</param>
internal sealed record ActionRow(long Seq, string At, string Verb, string Json, long? EventsBefore);
