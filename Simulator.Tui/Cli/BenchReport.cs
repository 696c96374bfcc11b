using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Simulator.Core;
using Simulator.Scenarios.Fleets;
using Simulator.Tui.Dashboard.Live;

namespace Simulator.Tui.Cli;

/// <summary>Bench results as a table for people or as JSON for scripts.</summary>
internal static class BenchReport
{
    private const double MiB = 1024 * 1024;

    /// <param name="recordedInto">The run file when the run was recorded (<c>--db</c>): its time is then part of the wall time.</param>
    /// <param name="dashboard">The dashboard's figures, when asked for (<c>--dashboard</c>).</param>
    public static string Table(BenchResult run, string? recordedInto = null, BenchDashboard? dashboard = null)
    {
        var s = run.Settings;
        var text = new StringBuilder();
        Line(text, $"vaultsim bench: {CountText.Grouped(s.Vms, "VM")} x {CountText.Grouped(s.Days, "day")} under {BenchEstate.PolicyName(s.Policy)}, seed {BenchEstate.Seed} (estate built in {run.SetupSeconds:0.00} s, not counted)");
        Row(text, "VMs", $"{s.Vms:N0}");
        Row(text, "days", $"{s.Days:N0}");
        Row(text, "events processed", $"{run.Events:N0}");
        Row(text, "wall seconds", $"{run.WallSeconds:0.000}", recordedInto is null ? (FormattableString)$"engine run only" : $"engine and recording into {recordedInto}, until the file was closed");
        Row(text, "events per second", $"{run.EventsPerSecond:N0}");
        Row(text, "VM-days per second", $"{run.VmDaysPerSecond:N0}");
        Row(text, "us per VM-day", $"{run.MicrosecondsPerVmDay:0.000}");
        Row(text, "jobs", $"{run.Jobs:N0}", $"started in the timed days; the job list keeps the last {BenchEstate.JobHistoryLimit:N0} finished");
        Row(text, "recovery points alive", $"{run.PointsAlive:N0}", $"at the end");
        Row(text, "peak working set", $"{run.PeakWorkingSetBytes / MiB:N0} MiB", $"Process.PeakWorkingSet64, whole process");
        Row(text, "peak GC heap", $"{run.PeakGcHeapBytes / MiB:N0} MiB", $"GC.GetTotalMemory(false) at the end of each simulated day");
        Row(text, "allocated", $"{run.AllocatedBytes / MiB:N0} MiB", $"GC.GetTotalAllocatedBytes during the run, {run.BytesAllocatedPerEvent:0.0} bytes per event");
        Row(text, "GC collections", $"gen0 {run.Gen0Collections}, gen1 {run.Gen1Collections}, gen2 {run.Gen2Collections}", $"during the run");
        Row(text, "GC pause seconds", $"{run.GcPauseSeconds:0.000}", $"GC.GetTotalPauseDuration during the run");
        if (dashboard is { } d)
        {
            foreach (var (view, frames) in d.Views)
            {
                Row(text, FrameRow(view), $"{frames.Mean.TotalMilliseconds:0.00} ms mean, {frames.P95.TotalMilliseconds:0.00} ms p95", FrameNote(view, d.Items));
            }

            var keys = d.Keys.Latencies;
            Row(text, "key to frame", $"{keys.Mean.TotalMilliseconds:0.0} ms mean, {keys.P95.TotalMilliseconds:0.0} ms p95, {keys.Max.TotalMilliseconds:0.0} ms worst", $"{CountText.Of(keys.Samples.Count, "key")} pressed at random with {CountText.Grouped(d.Items, "item")} playing at 1 day/s, a tick every {DashboardLoop.TickPeriod.TotalMilliseconds:0} ms");
        }

        var verdicts = Verdicts([run], recordedInto is not null, dashboard);
        if (verdicts.Count > 0)
        {
            Line(text, $"targets (README, Performance), judged on this machine:");
            foreach (var verdict in verdicts)
            {
                Row(text, verdict.Figure, $"{verdict.Text}");
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// One row per estate size, smallest first: its fastest round, with every round's cost per VM-day beside it; then
    /// how the cost moved from the smallest size to the largest, fastest round against fastest round and round by round.
    /// </summary>
    /// <param name="runs">Every run, in the order they ran: the sizes taking turns, round after round.</param>
    public static string ScalingTable(IReadOnlyList<BenchResult> runs)
    {
        var s = runs[0].Settings;
        var sizes = runs.GroupBy(run => run.Settings.Vms).ToList();
        var rounds = sizes[0].Count();
        var text = new StringBuilder();
        Line(text, $"vaultsim bench --scaling: {(long)s.Vms * s.Days:N0} VM-days timed at each size after {s.WarmupDays} untimed days, under {BenchEstate.PolicyName(s.Policy)}, seed {BenchEstate.Seed}; one process after two warm-up runs, the sizes taking turns for {rounds} rounds");
        Line(text, $"{"VMs",9} {"days",6} {"VM-days",11} {"events",12} {"wall s",8} {"GC s",6} {"events/s",11} {"VM-days/s",11} {"us/VM-day",10} {"B/event",8} {"peak WS MiB",12} {"peak heap MiB",14}  us/VM-day by round");
        foreach (var size in sizes)
        {
            var run = size.MinBy(r => r.MicrosecondsPerVmDay)!;
            var byRound = string.Join(" ", size.Select(r => r.MicrosecondsPerVmDay.ToString("0.000", CultureInfo.InvariantCulture)));
            Line(text, $"{run.Settings.Vms,9:N0} {run.Settings.Days,6:N0} {run.VmDays,11:N0} {run.Events,12:N0} {run.WallSeconds,8:0.000} {run.GcPauseSeconds,6:0.00} {run.EventsPerSecond,11:N0} {run.VmDaysPerSecond,11:N0} {run.MicrosecondsPerVmDay,10:0.000} {run.BytesAllocatedPerEvent,8:0.0} {run.PeakWorkingSetBytes / MiB,12:N0} {run.PeakGcHeapBytes / MiB,14:N0}  {byRound}");
        }

        var (smallest, largest) = (sizes[0].ToList(), sizes[^1].ToList());
        var ratio = BenchTargets.CostRatio(runs);
        var perRound = smallest.Zip(largest, (small, large) => large.MicrosecondsPerVmDay / small.MicrosecondsPerVmDay).ToList();
        Line(text, $"cost per VM-day at {largest[0].Settings.Vms:N0} VMs is {ratio:0.00} x the cost at {smallest[0].Settings.Vms:N0} VMs, fastest round against fastest round; round by round {perRound.Min():0.00} to {perRound.Max():0.00} x");
        Line(text, $"each row is the size's fastest round; GC s is the part of wall s the collector paused the engine; peak WS is the process's peak so far (it only grows); peak heap is per run");
        foreach (var verdict in BenchTargets.JudgeScaling(runs))
        {
            Line(text, $"target (README, Performance), judged on this machine: {verdict.Figure} {verdict.Text}");
        }

        return text.ToString();
    }

    /// <param name="recorded">Whether the runs were recorded (<c>--db</c>), which sets the year's targets.</param>
    /// <param name="dashboard">The dashboard's figures, when asked for (<c>--dashboard</c>).</param>
    public static string Json(IReadOnlyList<BenchResult> runs, bool recorded = false, BenchDashboard? dashboard = null)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("seed", BenchEstate.Seed);
            json.WriteString("peakWorkingSetSource", "Process.PeakWorkingSet64");
            json.WriteString("peakGcHeapSource", "GC.GetTotalMemory(false) at the end of each simulated day");
            json.WriteStartArray("runs");
            foreach (var run in runs)
            {
                WriteRun(json, run);
            }

            json.WriteEndArray();
            if (dashboard is not null)
            {
                WriteDashboard(json, dashboard);
            }

            json.WriteStartArray("targets");
            foreach (var verdict in Verdicts(runs, recorded, dashboard))
            {
                WriteVerdict(json, verdict);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()).ReplaceLineEndings("\n") + "\n";
    }

    private static void WriteRun(Utf8JsonWriter json, BenchResult run)
    {
        json.WriteStartObject();
        json.WriteNumber("round", run.Round);
        json.WriteNumber("vms", run.Settings.Vms);
        json.WriteNumber("days", run.Settings.Days);
        json.WriteNumber("warmupDays", run.Settings.WarmupDays);
        json.WriteString("policy", BenchEstate.PolicyName(run.Settings.Policy));
        json.WriteNumber("setupSeconds", Math.Round(run.SetupSeconds, 3));
        json.WriteNumber("wallSeconds", Math.Round(run.WallSeconds, 3));
        json.WriteNumber("eventsProcessed", run.Events);
        json.WriteNumber("eventsPerSecond", Math.Round(run.EventsPerSecond));
        json.WriteNumber("vmDaysPerSecond", Math.Round(run.VmDaysPerSecond));
        json.WriteNumber("microsecondsPerVmDay", Math.Round(run.MicrosecondsPerVmDay, 4));
        json.WriteNumber("jobs", run.Jobs);
        json.WriteNumber("recoveryPointsAlive", run.PointsAlive);
        json.WriteNumber("peakWorkingSetBytes", run.PeakWorkingSetBytes);
        json.WriteNumber("peakGcHeapBytes", run.PeakGcHeapBytes);
        json.WriteNumber("allocatedBytes", run.AllocatedBytes);
        json.WriteNumber("gen0Collections", run.Gen0Collections);
        json.WriteNumber("gen1Collections", run.Gen1Collections);
        json.WriteNumber("gen2Collections", run.Gen2Collections);
        json.WriteNumber("gcPauseSeconds", Math.Round(run.GcPauseSeconds, 3));
        json.WriteEndObject();
    }

    private static IReadOnlyList<BenchTargets.Verdict> Verdicts(IReadOnlyList<BenchResult> runs, bool recorded, BenchDashboard? dashboard) =>
        [.. runs.SelectMany(run => BenchTargets.Judge(run, recorded)), .. runs.Count > 1 ? BenchTargets.JudgeScaling(runs) : [], .. dashboard is null ? [] : BenchTargets.Judge(dashboard)];

    private static void WriteVerdict(Utf8JsonWriter json, BenchTargets.Verdict verdict)
    {
        json.WriteStartObject();
        json.WriteString("figure", verdict.Figure);
        json.WriteString("run", verdict.Run);
        json.WriteString("unit", verdict.Symbol);
        json.WriteNumber("measured", Math.Round(verdict.Measured, 3));
        json.WriteNumber("limit", verdict.Limit);
        json.WriteBoolean("met", verdict.Met);
        json.WriteEndObject();
    }

    private static void WriteDashboard(Utf8JsonWriter json, BenchDashboard dashboard)
    {
        json.WriteStartObject("dashboard");
        json.WriteNumber("items", dashboard.Items);
        json.WriteNumber("width", BenchDashboard.Width);
        json.WriteNumber("height", BenchDashboard.Height);
        var keys = dashboard.Keys.Latencies;
        json.WriteNumber("framesTimed", dashboard.Frames.Samples.Count);
        foreach (var (view, frames) in dashboard.Views)
        {
            // The item list's keep the names they had when they were the only frames timed, so scripts go on reading them.
            var prefix = view switch { FrameView.Items => "frame", _ => $"{JsonName(view)}Frame" };
            json.WriteNumber($"{prefix}MeanMilliseconds", Math.Round(frames.Mean.TotalMilliseconds, 2));
            json.WriteNumber($"{prefix}P95Milliseconds", Math.Round(frames.P95.TotalMilliseconds, 2));
        }

        json.WriteNumber("keysPressed", keys.Samples.Count);
        json.WriteNumber("keyToFrameMeanMilliseconds", Math.Round(keys.Mean.TotalMilliseconds, 1));
        json.WriteNumber("keyToFrameP95Milliseconds", Math.Round(keys.P95.TotalMilliseconds, 1));
        json.WriteNumber("keyToFrameWorstMilliseconds", Math.Round(keys.Max.TotalMilliseconds, 1));
        json.WriteEndObject();
    }

    /// <summary>The name of a view's row of frames.</summary>
    public static string FrameRow(FrameView view) => view switch
    {
        FrameView.Items => "dashboard frame",
        FrameView.Jobs => "job list frame",
        FrameView.Timeline => "timeline frame",
        FrameView.Detail => "item detail frame",
        FrameView.EventLog => "event log frame",
        _ => throw new ArgumentOutOfRangeException(nameof(view), view, "Only the views FrameView names are reported."),
    };

    private static FormattableString FrameNote(FrameView view, int items) => view switch
    {
        FrameView.Items => $"{CountText.Grouped(items, "item")} at {BenchDashboard.Width}x{BenchDashboard.Height}, the world changed before every frame; the item list focused",
        FrameView.Jobs => $"the same after Tab: the job list focused",
        FrameView.Timeline => $"the same after t and Tab: the timeline focused",
        FrameView.Detail => $"the same after Enter: a different item's detail every frame",
        FrameView.EventLog => $"the same after L: the event log scrolled to a different place every frame",
        _ => throw new ArgumentOutOfRangeException(nameof(view), view, "Only the views FrameView names are reported."),
    };

    private static string JsonName(FrameView view) => view switch
    {
        FrameView.Jobs => "jobList",
        FrameView.Timeline => "timeline",
        FrameView.Detail => "itemDetail",
        FrameView.EventLog => "eventLog",
        _ => throw new ArgumentOutOfRangeException(nameof(view), view, "The item list's frames keep their first names."),
    };

    // A value wider than its column keeps three spaces before the note, so the two don't read as one.
    private static void Row(StringBuilder text, string name, FormattableString value, FormattableString? note = null)
    {
        var shown = value.ToString(CultureInfo.InvariantCulture);
        var gap = shown.Length < 16 ? new string(' ', 17 - shown.Length) : "   ";
        text.Append($"  {name,-22} {shown}{gap}{note?.ToString(CultureInfo.InvariantCulture)}".TrimEnd()).Append('\n');
    }

    // Every figure is formatted invariantly, whatever the host's culture, so reports compare across machines.
    private static void Line(StringBuilder text, FormattableString line) => text.Append(line.ToString(CultureInfo.InvariantCulture)).Append('\n');
}
