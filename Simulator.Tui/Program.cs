using Simulator.Tui.Cli;

return VaultsimCli.Run(args, CliIo.System with { WallClock = TimeProvider.System });
