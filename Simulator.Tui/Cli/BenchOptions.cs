namespace Simulator.Tui.Cli;

/// <summary>The options of <c>vaultsim bench</c>, as typed; <see cref="BenchCommand"/> checks them.</summary>
internal sealed record BenchOptions(string? Vms, string? Days, string? Policy, string? Output, bool Scaling, string? Db, bool Dashboard);
