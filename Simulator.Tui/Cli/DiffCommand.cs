using System.CommandLine;
using System.Globalization;
using Simulator.Core;
using Simulator.Core.Journal;
using Simulator.Core.RecoveryPoints;
using NodaTime;
using Simulator.Store;
using Simulator.Store.Reading;
using Simulator.Tui.Cli.Reports;

namespace Simulator.Tui.Cli;

/// <summary><c>vaultsim diff A B</c>: how two recorded runs differ, item by item: jobs by operation and outcome, errors and time, points kept (by tier and by tag) and their expiries, storage used.</summary>
/// <remarks>Exits like diff(1): 0 when the runs come out the same, 1 when they differ, 2 when a file can't be read.</remarks>
internal static class DiffCommand
{

    public static Command Create(CliIo io)
    {
        var a = new Argument<string>("A") { Description = "A run file." }.RefusingBlank("a run file (for example run.db)");
        var b = new Argument<string>("B") { Description = "Another run file, typically of the same scenario under another policy or seed." }.RefusingBlank("a run file (for example run.db)");
        // The exit statuses are said here, not only in the README: a CI step that gates on them reads --help.
        var output = CliChoices.Output(CliChoices.TableOrJson);
        var command = new Command("diff", "Compare two recorded runs item by item: jobs by operation and outcome, errors and time, points kept and when they expire, storage used. "
            + $"Exits {ExitCodes.Ok} when the runs come out the same, {ExitCodes.ExpectationFailed} when they differ, {ExitCodes.InvalidInput} when a file can't be read.") { a, b, output };
        command.SetAction(parsed =>
        {
            // Read before the files are opened, so that a mistyped format is told without reading a large run first.
            var json = CliChoices.PicksJson(parsed.GetValue(output));
            var (pathA, pathB) = (parsed.GetValue(a)!, parsed.GetValue(b)!);
            var same = OneFile.AreOne(pathA, pathB);
            RunReader left;
            try
            {
                left = RunFiles.Open(io, pathA);
            }
            catch (Exception e) when (!same && e is RunStoreException or CliInputException)
            {
                // B's problem is told too: told A's alone, a person fixed it only to learn of B's.
                io.Error.WriteLine($"vaultsim: {e.Message}");
                TellProblem(io, pathB);
                return ExitCodes.InvalidInput;
            }

            // The same file is read once: read twice, a run still being recorded was compared with itself as it
            // stood a moment later, and differed, and a file that can't be read was refused twice in the same words.
            using (left)
            {
                using var right = same ? null : RunFiles.Open(io, pathB);
                return Compare(io, left, right ?? left, json, pathB);
            }
        });
        return command;
    }

    /// <summary>Says what is wrong with the file, as a refusal would; nothing when it can be read.</summary>
    private static void TellProblem(CliIo io, string path)
    {
        try
        {
            using var _ = RunFiles.OpenQuietly(path);
        }
        catch (Exception problem) when (problem is RunStoreException or CliInputException)
        {
            io.Error.WriteLine($"vaultsim: {problem.Message}");
        }
    }

    private static int Compare(CliIo io, RunReader a, RunReader b, bool json, string pathB)
    {
        // Both files are read in full before a word is printed: damage met while reading refuses the command, as
        // report refuses it, and must not follow the A and B lines as if the comparison had begun.
        var same = ReferenceEquals(a, b);
        var (outcomesA, purgesA) = (a.ItemOutcomes(), a.AllPurges());
        var (outcomesB, purgesB) = same ? (outcomesA, purgesA) : (b.ItemOutcomes(), b.AllPurges());
        if (same)
        {
            // Allowed, as diff(1) allows it, but said: "identical" is then no finding about the runs.
            io.Error.WriteLine(string.Equals(a.Path, pathB, StringComparison.Ordinal)
                ? $"note: A and B are the same file, {a.Path}; its run is compared with itself."
                : $"note: A and B are the same file, {a.Path} and {pathB}; its run is compared with itself.");
            RunFiles.NoteIfPartial(io, a);
        }
        else
        {
            RunFiles.NoteIfPartial(io, a);
            RunFiles.NoteIfPartial(io, b);
        }

        var sameScenario = string.Equals(a.Summary.ScenarioName, b.Summary.ScenarioName, StringComparison.Ordinal);
        if (!sameScenario)
        {
            // Compared all the same (a renamed copy of a scenario is a fair comparison), but said, since items of two
            // different worlds differ by being there at all as much as by what happened to them.
            io.Error.WriteLine($"note: the runs are of different scenarios, '{a.Summary.ScenarioName}' ({a.Path}) and '{b.Summary.ScenarioName}' ({b.Path}); they are compared item by item all the same.");
        }

        var inSeveralVaults = InSeveralVaults(outcomesA).Union(InSeveralVaults(outcomesB), StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        var left = outcomesA.ToDictionary(o => Label(o.Vault, o.Item, inSeveralVaults), StringComparer.Ordinal);
        var right = outcomesB.ToDictionary(o => Label(o.Vault, o.Item, inSeveralVaults), StringComparer.Ordinal);
        var purgedA = purgesA.ToLookup(p => Label(p.Vault, p.Item, inSeveralVaults), StringComparer.Ordinal);
        var purgedB = purgesB.ToLookup(p => Label(p.Vault, p.Item, inSeveralVaults), StringComparer.Ordinal);
        if (sameScenario && a.Summary.Seed != b.Summary.Seed && !left.Keys.ToHashSet(StringComparer.Ordinal).SetEquals(right.Keys))
        {
            // A generated fleet draws its VMs' names from the seed: "only in A" is then no finding about the VM's backups.
            // Two scenarios' items differ by their worlds, as the note above says, whatever their seeds.
            io.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"note: the runs' seeds differ ({a.Summary.Seed} and {b.Summary.Seed}), and so do names drawn from the seed (a fleet's VMs); items are compared by name, so such an item is only in A or only in B."));
        }

        var names = left.Keys.Union(right.Keys).Order(StringComparer.Ordinal).ToList();
        var differing = names
            .Select(name => (Name: name, Lines: Differences(left.GetValueOrDefault(name), right.GetValueOrDefault(name), Purged(purgedA[name], purgedB[name])).ToList()))
            .Where(item => item.Lines.Count > 0)
            .ToList();
        var storage = (A: left.Values.Sum(o => o.StorageGb), B: right.Values.Sum(o => o.StorageGb));
        if (json)
        {
            DiffJson.Write(io.Out, (a, a.Path), (b, pathB), names.Count, differing, storage);
        }
        else
        {
            WriteText(io.Out, (a, a.Path), (b, pathB), names.Count, differing, storage);
        }

        return differing.Count == 0 ? ExitCodes.Ok : ExitCodes.ExpectationFailed;
    }

    private static void WriteText(TextWriter output, (RunReader Run, string Path) a, (RunReader Run, string Path) b, int items, List<(string Name, List<DiffLine> Lines)> differing, (double A, double B) storage)
    {
        output.WriteLine($"A  {Describe(a.Run, a.Path)}");
        output.WriteLine($"B  {Describe(b.Run, b.Path)}");
        foreach (var (name, lines) in differing)
        {
            output.WriteLine();
            output.WriteLine(name);
            lines.ForEach(line => output.WriteLine($"  {line}"));
        }

        output.WriteLine();
        if (items == 0)
        {
            output.WriteLine("The runs are identical: neither protected an item, so neither has a job, a point or storage to compare.");
        }
        else if (differing.Count == 0)
        {
            var all = items switch
            {
                1 => "the one item",
                2 => "both items",
                _ => $"all {CountText.Of(items, "item")}",
            };
            // Said whole: "identical" beside "times" read as if when the jobs ran had been compared, and a run whose
            // VM was deleted without a job or point to show it read as the same as one whose VM stayed.
            output.WriteLine($"The runs are identical in what diff compares: the same jobs by operation and outcome, errors and the time they took, points kept and their expiries, and storage ({Gb(storage.A)}) for {all}. When the jobs started and the items' states are not compared: 'report FILE jobs' and 'report FILE items' list them.");
        }
        else
        {
            var count = differing.Count;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count} of {CountText.Of(items, "item")} {(count == 1 ? "differs" : "differ")}{(items - count) switch { 0 => string.Empty, 1 => "; the other is the same", var same => $"; the other {same} are the same" }}. Storage used in all: {Gb(storage.A)} -> {Gb(storage.B)}."));
        }
    }

    /// <summary>An item is compared, and named, by its name alone, unless the runs hold it in more than one vault.</summary>
    /// <remarks>
    /// A VM whose backup was reconfigured in another vault has an item in each, to be compared with the same vault's.
    /// Otherwise the name alone keeps a VM comparable between runs whose vaults are named differently.
    /// </remarks>
    private static string Label(string vault, string item, HashSet<string> inSeveralVaults) =>
        inSeveralVaults.Contains(item) ? $"{vault}/{item}" : item;

    /// <summary>The names a run holds in more than one vault, each run on its own: a VM in one vault in each run is the same VM however its vaults are named.</summary>
    private static IEnumerable<string> InSeveralVaults(IEnumerable<ItemOutcome> run) =>
        run.GroupBy(o => o.Item, StringComparer.Ordinal).Where(g => g.Select(o => o.Vault).Distinct(StringComparer.Ordinal).Count() > 1).Select(g => g.Key);

    private static IEnumerable<DiffLine> Differences(ItemOutcome? a, ItemOutcome? b, string purged)
    {
        if (a is null || b is null)
        {
            yield return new DiffLine(null, a is null ? "only in B" : "only in A");
        }

        if (purged.Length > 0)
        {
            yield return new DiffLine("purged", purged);
        }

        var none = new Dictionary<string, long>();
        if (Counts(a?.JobsByStatus ?? none, b?.JobsByStatus ?? none) is { Length: > 0 } jobs)
        {
            yield return new DiffLine("jobs", jobs);
        }

        if (JobOperations(a?.JobsByKind, b?.JobsByKind) is { Length: > 0 } operations)
        {
            yield return new DiffLine("job ops", operations);
        }

        if (Counts(a?.ErrorsByCode ?? none, b?.ErrorsByCode ?? none) is { Length: > 0 } errors)
        {
            yield return new DiffLine("errors", errors);
        }

        // Slower transfers complete as many jobs, keep the same points and use the same storage: only their time tells them.
        var (timeA, timeB) = (a?.JobTime ?? Duration.Zero, b?.JobTime ?? Duration.Zero);
        if (timeA != timeB)
        {
            yield return new DiffLine("job time", $"{ReportValues.Duration(timeA)} -> {ReportValues.Duration(timeB)}");
        }

        if (Counts(a?.PointsByTier ?? none, b?.PointsByTier ?? none) is { Length: > 0 } points)
        {
            yield return new DiffLine("points", points);
        }

        // Where both runs' points have one and the same tag, its counts are the points' totals, which the line above gives.
        var (tagsA, tagsB) = (a?.PointsByTag ?? none, b?.PointsByTag ?? none);
        if (tagsA.Keys.Union(tagsB.Keys).Count() > 1 && Counts(tagsA, tagsB) is { Length: > 0 } tags)
        {
            yield return new DiffLine("tags", tags);
        }

        if (Times(a?.Expiries ?? [], b?.Expiries ?? []) is { Length: > 0 } times)
        {
            yield return new DiffLine("times", times);
        }

        if (Expiries(a?.Expiries ?? [], b?.Expiries ?? []) is { Length: > 0 } expiry)
        {
            yield return new DiffLine("expiry", expiry);
        }

        var (storageA, storageB) = (a?.StorageGb ?? 0, b?.StorageGb ?? 0);
        if (Math.Abs(storageA - storageB) >= 0.0005)
        {
            yield return new DiffLine("storage", $"{Gb(storageA)} -> {Gb(storageB)}");
        }
    }

    /// <summary>The jobs of each operation that differ in number, as "Backup (OnDemand) 0 -> 1, Backup (Scheduled) 1 -> 0"; empty when they are the same.</summary>
    /// <remarks>
    /// Two runs can end as many jobs alike, with the same errors and time, where one backed up by its schedule and the
    /// other on demand. Where each operation has as many jobs, and as many ended each way, the jobs can still have
    /// ended otherwise (the on-demand backup failed in A, the scheduled one in B): each is then counted by how it
    /// ended, as "Backup (OnDemand) Failed UserErrorVmNotFoundV2 1 -> 0", as the jobs and errors lines can't tell it.
    /// </remarks>
    private static string JobOperations(IReadOnlyDictionary<JobKind, long>? a, IReadOnlyDictionary<JobKind, long>? b)
    {
        static string Operation(JobKind kind) => kind.Trigger is { } trigger ? $"{kind.Operation} ({trigger})" : kind.Operation;
        static string Outcome(JobKind kind) => $"{Operation(kind)} {kind.Status}{(kind.ErrorCode is { } code ? $" {code}" : string.Empty)}";
        static Dictionary<string, long> By(IReadOnlyDictionary<JobKind, long>? jobs, Func<JobKind, string> key) =>
            (jobs ?? new Dictionary<JobKind, long>()).GroupBy(j => key(j.Key), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(j => j.Value), StringComparer.Ordinal);

        if (Counts(By(a, Operation), By(b, Operation)) is { Length: > 0 } operations)
        {
            return operations;
        }

        var (statusA, statusB) = (By(a, k => k.Status), By(b, k => k.Status));
        var (codeA, codeB) = (By(a, k => k.ErrorCode ?? string.Empty), By(b, k => k.ErrorCode ?? string.Empty));
        return Counts(statusA, statusB).Length == 0 && Counts(codeA, codeB).Length == 0 ? Counts(By(a, Outcome), By(b, Outcome)) : string.Empty;
    }

    /// <summary>When the item's backup data was deleted for good in each run, as "2026-06-22T10:00:30Z -> not purged"; empty when the runs purged it alike.</summary>
    /// <remarks>An item whose data one run purged keeps no point there, which the counts below would tell without saying why, as report's note says it.</remarks>
    private static string Purged(IEnumerable<PurgeRecord> a, IEnumerable<PurgeRecord> b)
    {
        static string When(IEnumerable<PurgeRecord> purges) =>
            purges.Select(p => JournalFormatter.FormatTime(p.At)).ToList() is { Count: > 0 } times ? string.Join(", ", times) : "not purged";

        var (whenA, whenB) = (When(a), When(b));
        return whenA == whenB ? string.Empty : $"{whenA} -> {whenB}";
    }

    /// <summary>The first point both runs kept whose tier expires at another time in B, or is kept past its date in one run only or for another reason, and how many more; empty when none does.</summary>
    /// <remarks>
    /// Points are matched by their time, not their place in the list: a point only one run kept is told by the counts
    /// or the times above, and must not set every later pair apart.
    /// </remarks>
    private static string Expiries(IReadOnlyList<(Instant Time, Instant? Expiry, KeptReason? KeptBy)> a, IReadOnlyList<(Instant Time, Instant? Expiry, KeptReason? KeptBy)> b)
    {
        var inB = b.ToLookup(p => p.Time);
        var changed = a.GroupBy(p => p.Time)
            .SelectMany(g => g.Zip(inB[g.Key], (x, y) => (Time: g.Key, A: ReportValues.Expiry(x.Expiry, x.KeptBy), B: ReportValues.Expiry(y.Expiry, y.KeptBy))))
            .Where(p => p.A != p.B)
            .ToList();
        if (changed.Count == 0)
        {
            return string.Empty;
        }

        var (time, from, to) = changed[0];
        var more = changed.Count == 1 ? string.Empty : $", and {CountText.Of(changed.Count - 1, "more point")} both runs kept";
        return $"point of {JournalFormatter.FormatTime(time)}: {from ?? "none"} -> {to ?? "none"}{more}";
    }

    /// <summary>The first point kept only in A and the first kept only in B, matched by time, and how many more; empty when both runs kept points of the same times, or one kept none.</summary>
    /// <remarks>
    /// A backup moved by an hour keeps as many points, with the same tags and storage, and the runs would otherwise read
    /// as identical. Counts by tier don't tell it either where they differ for another reason: a run that let its
    /// oldest point go and one snapshot expire keeps as many vault points as one that kept both, and reads as having
    /// lost a snapshot. Only where one run kept no point do the counts say it all.
    /// </remarks>
    private static string Times(IReadOnlyList<(Instant Time, Instant? Expiry, KeptReason? KeptBy)> a, IReadOnlyList<(Instant Time, Instant? Expiry, KeptReason? KeptBy)> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return string.Empty;
        }

        var onlyA = OnlyIn(a, b);
        var onlyB = OnlyIn(b, a);
        return string.Join(", ", new[] { (Times: onlyA, Run: "A"), (Times: onlyB, Run: "B") }
            .Where(side => side.Times.Count > 0)
            .Select(side => $"point of {JournalFormatter.FormatTime(side.Times[0])} in {side.Run} alone"
                + (side.Times.Count == 1 ? string.Empty : $" (and {CountText.Of(side.Times.Count - 1, "more point")})")));
    }

    /// <summary>The times of the points <paramref name="run"/> kept and <paramref name="other"/> did not, oldest first; two points of one time count twice.</summary>
    private static List<Instant> OnlyIn(IReadOnlyList<(Instant Time, Instant? Expiry, KeptReason? KeptBy)> run, IReadOnlyList<(Instant Time, Instant? Expiry, KeptReason? KeptBy)> other)
    {
        var inOther = other.GroupBy(p => p.Time).ToDictionary(g => g.Key, g => g.Count());
        return run.GroupBy(p => p.Time)
            .SelectMany(g => Enumerable.Repeat(g.Key, Math.Max(0, g.Count() - inOther.GetValueOrDefault(g.Key))))
            .Order()
            .ToList();
    }

    /// <summary>The counts that differ, as "Failed 0 -> 3, Completed 5 -> 2"; empty when all are the same.</summary>
    private static string Counts(IReadOnlyDictionary<string, long> a, IReadOnlyDictionary<string, long> b) =>
        string.Join(", ", a.Keys.Union(b.Keys).Order(StringComparer.Ordinal)
            .Where(k => a.GetValueOrDefault(k) != b.GetValueOrDefault(k))
            .Select(k => string.Create(CultureInfo.InvariantCulture, $"{k} {a.GetValueOrDefault(k)} -> {b.GetValueOrDefault(k)}")));

    /// <summary>The run as its file was named on the command line: a file named twice is read once, under A's name.</summary>
    private static string Describe(RunReader run, string path)
    {
        var s = run.Summary;
        return string.Create(CultureInfo.InvariantCulture,
            $"{path}: '{s.ScenarioName}' seed {s.Seed}, {JournalFormatter.FormatTime(s.Start)} to {JournalFormatter.FormatTime(s.Reached)}, {Ending(s)}");
    }

    private static string Ending(RunSummary s) =>
        !s.IsComplete ? "incomplete"
        : s.IsStoppedEarly ? $"stopped by --until, before the scenario's end at {JournalFormatter.FormatTime(s.End)}"
        : "complete";

    private static string Gb(double gb) => string.Create(CultureInfo.InvariantCulture, $"{gb:0.###} GB");
}
