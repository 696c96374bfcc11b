using Simulator.Store;
using Simulator.Tui.Cli;

// Before anything opens a run file: SQLite can be set up only while no connection exists.
SqliteProcess.UseMultiThreadMode();
KeypadMode.RestoreAtEveryExit();
return VaultsimCli.Run(args, CliIo.System with { WallClock = TimeProvider.System });
