namespace Simulator.Tui.Dashboard;

/// <summary>A run file a new lab is recorded into: a mistyped name of a lab to reopen starts one too, and this is how the person learns it.</summary>
/// <param name="Path">The file, as the person named it.</param>
/// <param name="Recorded">What is recorded into it: "the built-in demo", or the scenario file as named.</param>
/// <param name="WasEmpty">The file was there, empty (as mktemp makes one), rather than made now.</param>
internal sealed record NewRunFile(string Path, string Recorded, bool WasEmpty) : RunFile(Path);
