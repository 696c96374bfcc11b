using Simulator.Scenarios;

namespace Simulator.Tui.Cli;

/// <summary>What <c>vaultsim</c> does with no arguments: the built-in demo.</summary>
internal static class DemoCommand
{
    /// <remarks>Without a terminal (piped, CI) the demo replays headless and prints its timeline.</remarks>
    public static int RunDefault(CliIo io) => ShowCommand.PrintTimeline(io, BuiltInScenarios.Demo(), until: null);
}
