using System.Text;
using Simulator.Store;
using Simulator.Tui.Cli;

// The same bytes whatever the locale: .NET writes in the charset LANG names, so a Latin-1 locale turned the
// dashboard's lines into '?' in a file or a terminal, and a UTF-32 one wrote four bytes a character (a pipe was
// already written in UTF-8, by CliIo). Before anything takes Console.Out or Console.Error.
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

// Before anything opens a run file: SQLite can be set up only while no connection exists.
SqliteProcess.UseMultiThreadMode();
KeypadMode.RestoreAtEveryExit();
return VaultsimCli.Run(args, CliIo.System with { WallClock = TimeProvider.System });
