namespace Simulator.Store.Rows;

/// <summary>An action a person took in an interactive session, its arguments as JSON.</summary>
/// <remarks>SQLite-native types only (long, string, double), so Dapper maps it without conversions.</remarks>
internal sealed record ActionRow(long Seq, string At, string Verb, string Json);
