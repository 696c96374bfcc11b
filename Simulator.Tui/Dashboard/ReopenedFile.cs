namespace Simulator.Tui.Dashboard;

/// <summary>The run file a dashboard was reopened from.</summary>
/// <param name="Path">The file, as the person named it.</param>
/// <param name="Kind">What it holds, as a person would call it: "a lab", "a recorded run (vaultsim run --db)"…</param>
/// <param name="Speed">The playback speed last chosen in it, in virtual seconds per second, which the dashboard opens at; null for its default.</param>
internal sealed record ReopenedFile(string Path, string Kind, double? Speed = null) : RunFile(Path);
