namespace Simulator.Tui.Dashboard;

/// <summary>The run file a dashboard records into (<c>vaultsim tui --db</c>), so that its first status line can say which and what it holds.</summary>
/// <param name="Path">The file, as the person named it.</param>
internal abstract record RunFile(string Path);
