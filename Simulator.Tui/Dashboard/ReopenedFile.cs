namespace Simulator.Tui.Dashboard;

/// <summary>The run file a dashboard was reopened from.</summary>
/// <param name="Path">The file, as the person named it.</param>
/// <param name="Kind">What it holds, as a person would call it: "a lab", "a recorded run (vaultsim run --db)"…</param>
internal sealed record ReopenedFile(string Path, string Kind) : RunFile(Path);
