namespace Simulator.Scenarios.Model;

/// <summary>A policy JSON file a scenario imports, as the scenario names it, with the text it was read with.</summary>
/// <remarks>A run file keeps these beside the scenario's own text, so that reopening it replays the policies it ran with.</remarks>
/// <param name="File">The file as the scenario's <c>file</c> key names it, from the scenario's folder.</param>
/// <param name="Text">Its text, without a byte-order mark.</param>
public sealed record PolicyFileText(string File, string Text);
