using Simulator.Scenarios.Fleets;

namespace Simulator.Tui.Cli;

/// <summary>One measurement: how many VMs, for how many simulated days, under which policy.</summary>
/// <param name="WarmupDays">Days simulated before the timed ones and left out of every figure, so a run can be timed with its retention in steady state.</param>
internal sealed record BenchSettings(int Vms, int Days, EstatePolicy Policy, int WarmupDays = 0);
