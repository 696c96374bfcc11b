using BenchmarkDotNet.Running;

// Pick benchmarks with --filter, and a short run with --job short, for example:
//   dotnet run -c Release --project Simulator.Benchmarks -- --filter '*' --job short
BenchmarkSwitcher.FromAssembly(typeof(Simulator.Benchmarks.EventQueueBenchmarks).Assembly).Run(args);
