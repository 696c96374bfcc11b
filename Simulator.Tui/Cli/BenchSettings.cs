using Simulator.Scenarios.Fleets;

namespace Simulator.Tui.Cli;

/// <summary>One measurement: how many VMs, for how many simulated days, under which policy.</summary>
internal sealed record BenchSettings(int Vms, int Days, EstatePolicy Policy);
