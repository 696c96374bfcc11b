using System.CommandLine;
using System.Globalization;
using Simulator.Scenarios.Fleets;
using Simulator.Store.Recording;

namespace Simulator.Tui.Cli;

/// <summary><c>vaultsim bench</c>: runs a generated estate as fast as the engine goes and prints what it cost.</summary>
internal static class BenchCommand
{
    public const int DefaultVms = 10_000;
    public const int DefaultDays = 365;
    /// <summary>The VM-days <c>--scaling</c> times at every size: 1,000 days of 1,000 VMs down to 10 days of 100,000.</summary>
    public const int ScalingVmDays = 1_000_000;

    /// <summary>Days each <c>--scaling</c> estate runs untimed first: past the 30-day daily retention, expiries run as steadily as backups.</summary>
    public const int ScalingWarmupDays = 31;

    /// <summary>
    /// How often <c>--scaling</c> runs each size, the sizes taking turns, so that a slow spell of the host falls on
    /// every size alike; a single round's smallest estate varied by a fifth from one minute to the next.
    /// </summary>
    public const int ScalingRounds = 3;

    public const int MaxVms = 1_000_000;
    public const int MaxDays = 3_650;

    /// <summary>The estate sizes <c>--scaling</c> runs, smallest first.</summary>
    public static readonly int[] ScalingSizes = [1_000, 10_000, 100_000];

    public static Command Create(CliIo io)
    {
        var vms = new Option<string?>("--vms") { Description = $"VMs in the estate, 1 to {MaxVms:N0} (default {DefaultVms:N0}); 1,000 per vault." };
        var days = new Option<string?>("--days") { Description = $"Simulated days, 1 to {MaxDays:N0} (default {DefaultDays})." };
        var policy = new Option<string?>("--policy") { Description = "default (DefaultPolicy; the default), gfs (daily 30 d, weekly 12 w, monthly 60 m, yearly 10 y) or enhanced (every 4 h)." };
        var output = CliChoices.Output(CliChoices.TableOrJson);
        var scaling = Flags.Create("--scaling", $"Run 1,000, 10,000 and 100,000 VMs in turn, {ScalingRounds} rounds, each {ScalingWarmupDays} days untimed then {ScalingVmDays:N0} VM-days timed, and compare the cost per VM-day.");
        var db = new Option<string?>("--db") { Description = "Record the run into this run file, a new or empty one, as 'vaultsim run --db' does; the figures include the recording." }.RefusingBlank("a run file (for example run.db)");
        var dashboard = Flags.Create("--dashboard", $"After the run, time dashboard frames of the estate at {BenchDashboard.Width}x{BenchDashboard.Height} (the item list, the job list, the timeline, an item's detail and the event log, each on its own line), and {BenchDashboard.KeysPressed} keys from press to frame while it plays at 1 day/s (mean, 95th percentile, worst).");
        var command = new Command("bench", "Run a generated estate headless and report speed and memory.") { vms, days, policy, output, scaling, db, dashboard };
        command.SetAction(parsed => Run(
            io,
            new BenchOptions(parsed.GetValue(vms), parsed.GetValue(days), parsed.GetValue(policy), parsed.GetValue(output), parsed.GetValue(scaling), parsed.GetValue(db), parsed.GetValue(dashboard))));
        return command;
    }

    private static int Run(CliIo io, BenchOptions options)
    {
        var (vmsText, daysText, policyText, outputText, scaling, db, dashboard) = options;
        if (scaling && (db is not null || dashboard))
        {
            throw new CliInputException("--scaling: it compares engine runs alone; leave out --db and --dashboard with it.");
        }

        if (scaling && vmsText is not null)
        {
            throw new CliInputException($"--vms: --scaling runs {string.Join(", ", ScalingSizes.Select(n => n.ToString("N0", CultureInfo.InvariantCulture)))} VMs itself; leave out --vms, or leave out --scaling.");
        }

        if (scaling && daysText is not null)
        {
            throw new CliInputException($"--days: --scaling times {ScalingVmDays:N0} VM-days at each size itself; leave out --days, or leave out --scaling.");
        }

        if (db is not null)
        {
            ReportFile.RefuseScenarioName(db);
        }

        var days = ParseNumber(daysText, "--days", 1, MaxDays, DefaultDays);
        var policy = ParsePolicy(policyText);
        var json = CliChoices.PicksJson(outputText);
        var sizes = scaling ? ScalingSizes : [ParseNumber(vmsText, "--vms", 1, MaxVms, DefaultVms)];
        if (dashboard && sizes[0] > FleetGenerator.MaxFleetSize)
        {
            // Checked before the run, which at this size takes minutes.
            throw new CliInputException(string.Create(CultureInfo.InvariantCulture, $"--dashboard: the dashboard is timed on one fleet of at most {FleetGenerator.MaxFleetSize:N0} items; give --vms {FleetGenerator.MaxFleetSize:N0} or fewer with it."));
        }

        if (scaling)
        {
            // Two throwaway runs first, each the shape of the first timed one: the first lets tiered compilation finish
            // optimising the engine; the second allocates as much as a timed run, so that the heap has grown to its
            // size and the smallest estate is not billed for the pages the collector commits on first use.
            BenchRunner.Run(new BenchSettings(ScalingSizes[0], ScalingVmDays / ScalingSizes[0], policy, ScalingWarmupDays));
            BenchRunner.Run(new BenchSettings(ScalingSizes[0], ScalingVmDays / ScalingSizes[0], policy, ScalingWarmupDays));
        }

        var results = new List<BenchResult>();

        // Only a recording has something to close; a run without one stopped by Ctrl+C just ends.
        using var signals = db is null ? null : new StopSignals();
        for (var round = 1; round <= (scaling ? ScalingRounds : 1); round++)
        {
            foreach (var size in sizes)
            {
                // Each run starts from a collected heap, so that one run's garbage is not billed to the next.
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var settings = scaling ? new BenchSettings(size, ScalingVmDays / size, policy, ScalingWarmupDays) : new BenchSettings(size, days, policy);
                try
                {
                    results.Add(BenchRunner.Run(settings, db is null ? null : BenchRecording.Into(db, settings), signals?.Token ?? default) with { Round = round });
                }
                catch (RunInterruptedException e)
                {
                    io.Error.WriteLine($"vaultsim: {e.Message}");
                    return signals!.ExitCode;
                }
            }
        }

        var figures = dashboard ? BenchDashboard.Measure(sizes[0]) : null;
        io.Out.Write(json ? BenchReport.Json(results, db is not null, figures) : scaling ? BenchReport.ScalingTable(results) : BenchReport.Table(results[0], db, figures));

        return ExitCodes.Ok;
    }

    private static int ParseNumber(string? text, string option, int min, int max, int fallback)
    {
        if (text is null)
        {
            return fallback;
        }

        return CliNumbers.Parse(text, option, min, max);
    }

    private static EstatePolicy ParsePolicy(string? text) => text is null
        ? EstatePolicy.Default
        : CliChoices.Pick(text, "--policy", "a bench policy", ["default", "gfs", "enhanced"]) switch
        {
            "gfs" => EstatePolicy.Gfs,
            "enhanced" => EstatePolicy.Enhanced,
            _ => EstatePolicy.Default,
        };
}
