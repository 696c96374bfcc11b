using System.CommandLine;
using Simulator.Core;
using Simulator.Core.DataSources;
using Simulator.Core.Jobs;
using Simulator.Store.Reading;
using Simulator.Tui.Cli.Reports;

namespace Simulator.Tui.Cli;

/// <summary><c>vaultsim report FILE jobs|items|points</c>: a recorded run listed as <c>az backup job|item|recoverypoint list</c> lists it.</summary>
internal static class ReportCommand
{
    private static readonly string[] Statuses = Enum.GetNames<JobStatus>();

    private static readonly string[] Formats = [.. Enum.GetNames<ReportFormat>().Select(f => f.ToLowerInvariant())];

    // The operations a run's jobs can have; Azure's others (Restore among them) are told by UnsimulatedOperations.
    private static readonly string[] Operations = [.. Enum.GetNames<JobOperation>().Order(StringComparer.Ordinal)];

    private static readonly string[] Lists = ["jobs", "items", "points"];

    private const string ListsLabel = "jobs|items|points";

    public static Command Create(CliIo io)
    {
        var file = new Argument<string>("FILE") { Description = "A run file recorded with --db by 'vaultsim run', 'vaultsim tui' or 'vaultsim bench'." }.RefusingBlank("a run file (for example run.db)");
        // Checked by CliChoices rather than the parser, whose refusal spreads the words over four lines and names none meant.
        // Named by its words, which help's usage line and its arguments then both show.
        var kind = new Argument<string>(ListsLabel) { Description = "The list to make: jobs, items or points." };
        var status = new Option<string?>("--status") { Description = $"jobs: only those with this status: {CliChoices.Listed(Statuses)}." };
        var operation = new Option<string?>("--operation") { Description = $"jobs: only those of this operation: {CliChoices.Listed(Operations)}." };
        var item = new Option<string?>("--item") { Description = "jobs: only this item's; points: the item whose points to list (required). VAULT/NAME picks a VM's item in one vault; the Name that 'report FILE items' lists works too." }.RefusingNoName("an item (for example vm-web-01; 'vaultsim report FILE items' lists them)");
        var from = new Option<string?>("--from") { Description = "jobs: started at or after (ISO 8601 UTC, a date, or +offset from the run's start)." };
        var to = new Option<string?>("--to") { Description = "jobs: started at or before (a date means to the end of that day)." };
        var output = CliChoices.Output(Formats);
        var command = new Command("report", "List the jobs, items or recovery points of a recorded run, like the Azure CLI.") { file, kind, status, operation, item, from, to, output };
        command.SetAction(parsed =>
        {
            var format = parsed.GetValue(output) is { } text ? Enum.Parse<ReportFormat>(CliChoices.Pick(text, "--output", "a format", Formats), ignoreCase: true) : ReportFormat.Table;
            RefuseSwapped(parsed.GetValue(file)!, parsed.GetValue(kind)!);
            var what = CliChoices.Pick(parsed.GetValue(kind)!, ListsLabel, "a list a report makes", Lists);
            var filters = new Filters(parsed.GetValue(status), parsed.GetValue(operation), parsed.GetValue(item), parsed.GetValue(from), parsed.GetValue(to));
            using var run = RunFiles.Open(io, parsed.GetValue(file)!);
            filters = filters with { Item = ByFriendlyName(run, filters.Item) };
            var table = what switch
            {
                "jobs" => Jobs(io, run, filters),
                "items" => Items(run, filters),
                _ => Points(run, filters),
            };
            // Read before the notes: a row the file can't give is refused before anything is said of the list.
            var report = ReportWriter.Read(table, format);
            Notes(io, run, what, filters.Item);
            report.Write(io.Out);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Says on standard error what the list leaves out or shows of another moment, once its rows have been read.</summary>
    private static void Notes(CliIo io, RunReader run, string what, string? item)
    {
        RunFiles.NoteIfPartial(io, run);
        if (what == "items" && !run.Summary.IsComplete && run.ItemsAsOf is { } asOf)
        {
            // Items are written at the start and when a run closes or a lab is suspended, not per batch; said which
            // moment they show, and that the jobs and points go further, since items still IRPending beside a month
            // of completed jobs read as a damaged file.
            var reached = run.Summary.Reached;
            io.Error.WriteLine(asOf < reached
                ? $"note: the items are as they were at {Core.Journal.JournalFormatter.FormatTime(asOf)}, when they were last recorded; the run's jobs and points go on to {Core.Journal.JournalFormatter.FormatTime(reached)}."
                : $"note: the items are as they were at {Core.Journal.JournalFormatter.FormatTime(asOf)}.");
        }

        if (what == "points" && run.IsFullAsRecordedByOlderVaultsim)
        {
            // Shown as recorded, not derived anew: the rows' vault sizes followed the older rule too.
            io.Error.WriteLine($"note: {run.Path} was begun by a vaultsim before schema 5, so its Copy column is as that version recorded it: "
                + "a point that was only a snapshot may read Full, and a point that took over an expired full copy may read Incremental.");
        }

        // A VM the scenario never protects has no job or point, and its empty list would read as backups that left nothing.
        if (what != "items" && item is not null && !run.WasProtected(item))
        {
            io.Error.WriteLine($"note: the run never protected {item} in a vault, so it has no job or recovery point.");
        }

        if (what == "points")
        {
            NotePurges(io, run, item!);
        }
        else if (what == "items")
        {
            NotePurgedItems(io, run);
        }
    }

    /// <summary>Refuses the list named first and the file second, as <c>az backup job list</c> habits type it, with the order to type.</summary>
    /// <remarks>Told only when the second word is no list and the first is one: a run file named like a list (<c>report jobs items</c>) is read as given.</remarks>
    private static void RefuseSwapped(string file, string what)
    {
        if (!Lists.Contains(what, StringComparer.OrdinalIgnoreCase) && Lists.FirstOrDefault(l => string.Equals(l, file, StringComparison.OrdinalIgnoreCase)) is { } list)
        {
            throw new CliInputException($"FILE and {ListsLabel} are swapped: the run file comes first, then the list; run 'vaultsim report {what} {list}'.");
        }
    }

    private static ReportTable Jobs(CliIo io, RunReader run, Filters f)
    {
        var query = new JobQuery(
            f.Status is null ? null : Status(f.Status),
            f.Operation is null ? null : Operation(f.Operation),
            f.Item,
            f.From is null ? null : ReportTimes.Parse(f.From, "--from", run.Summary, endOfDay: false),
            f.To is null ? null : ReportTimes.Parse(f.To, "--to", run.Summary, endOfDay: true));
        if (query.From > query.To)
        {
            throw new CliInputException($"--from {f.From} is after --to {f.To}, so no job could match; give a --from at or before --to.");
        }

        // An item the run never had is refused, as 'points --item' refuses it, rather than listed as no jobs.
        if (f.Item is { } item && !run.HasItem(item))
        {
            throw NoSuchItem(run, item);
        }

        NoteIfOutside(io, run, query, f);
        return ReportTables.Jobs(run.EachJob(query), run.Summary.Reached);
    }

    /// <summary>Says why a window wholly before or after the recorded run lists nothing, which reads as a run without jobs.</summary>
    private static void NoteIfOutside(CliIo io, RunReader run, JobQuery query, Filters f)
    {
        var (start, reached) = (run.Summary.Start, run.Summary.Reached);
        if (query.To < start || query.From > reached)
        {
            var window = string.Join(' ', new[] { ("--from", f.From), ("--to", f.To) }.Where(o => o.Item2 is not null).Select(o => $"{o.Item1} {o.Item2}"));
            io.Error.WriteLine($"note: {run.Path} covers {Core.Journal.JournalFormatter.FormatTime(start)} to {Core.Journal.JournalFormatter.FormatTime(reached)}, "
                + $"so the window ({window}) holds no job.");
        }
    }

    /// <remarks>
    /// Cancelling is a status of Azure's, which its jobs hold while a cancel is under way; told apart from a word that
    /// is none, as Restore is, rather than offered Cancelled as a slip for it.
    /// </remarks>
    private static string Status(string text) =>
        string.Equals(text.Trim(), "Cancelling", StringComparison.OrdinalIgnoreCase)
            ? throw new CliInputException($"--status: '{text}': a cancel takes effect at once in vaultsim, so no job is ever Cancelling (a cancelled job is Cancelled); allowed is {CliChoices.Listed(Statuses)}.")
            : CliChoices.Pick(text, "--status", "a job status", Statuses);

    /// <remarks>
    /// Restore is an operation the Azure CLI filters by, so it is told apart from a word that is none; and an action's
    /// name (Resume, Stop protection) with the operation its job is recorded as.
    /// </remarks>
    private static string Operation(string text) =>
        UnsimulatedOperations.NoJobOf(text) is { } noJob
            ? throw new CliInputException($"--operation: '{text}': {noJob}; allowed is {CliChoices.Listed(Operations)}.")
            : ActionOperations.RecordedAs(text) is { } recorded
            ? throw new CliInputException($"--operation: '{text}' is an action, not an operation: {recorded}; allowed is {CliChoices.Listed(Operations)}.")
            : CliChoices.Pick(text, "--operation", "an operation", Operations);

    private static ReportTable Items(RunReader run, Filters f)
    {
        OnlyForJobs(f, "items", withItem: true);
        return ReportTables.Items(run.Items());
    }

    private static ReportTable Points(RunReader run, Filters f)
    {
        OnlyForJobs(f, "points", withItem: false);
        var item = f.Item ?? throw new CliInputException($"points: name the item with --item NAME{ItemsToName(run)}.");
        var points = run.Points(item) ?? throw NoSuchItem(run, item);
        return ReportTables.Points(points);
    }

    /// <summary>What names an item, and the run's items a person may name, on the line that asks for one: all of a small run's, the first of a fleet's.</summary>
    /// <remarks>A name two vaults hold is offered with its vault, the form that tells them apart.</remarks>
    private static string ItemsToName(RunReader run)
    {
        const int Shown = 3;
        var items = run.Items();
        var vms = items.Count(i => i.SourceType == nameof(DataSourceType.AzureVm));
        var what = vms == items.Count ? " (the VM's name)" : vms == 0 ? " (the server's name)" : " (the VM's or server's name)";
        var shared = items.GroupBy(i => i.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var names = items.Select(i => shared.Contains(i.Name) ? $"'{i.Vault}/{i.Name}'" : $"'{i.Name}'").ToList();
        return names.Count switch
        {
            0 => what,
            <= Shown + 1 => $"{what}: {CliChoices.Listed(names)}",
            _ => $"{what}, such as {CliChoices.Listed(names[..Shown])}; 'vaultsim report {run.Path} items' lists all {names.Count:N0}",
        };
    }

    /// <summary>Says when the item's backup data was deleted for good, so that the points it took are not missed from the list without a word.</summary>
    private static void NotePurges(CliIo io, RunReader run, string item)
    {
        foreach (var purge in run.Purges(item))
        {
            var went = purge.Points == 0 ? "; it had no recovery point left" : $", and its {CountText.Of(purge.Points, "recovery point")} with it";
            io.Error.WriteLine($"note: the backup data of {purge.Item} in {purge.Vault} was deleted for good (purged) at {Core.Journal.JournalFormatter.FormatTime(purge.At)}{went}.");
        }
    }

    /// <summary>Names the items left out of the list because their backup data was deleted for good, which would otherwise vanish from it without a word.</summary>
    /// <remarks>An item protected again after its purge is listed, and needs no note.</remarks>
    private static void NotePurgedItems(CliIo io, RunReader run)
    {
        var listed = run.Items().Select(i => (i.Vault, i.Name)).ToHashSet();
        foreach (var purge in run.AllPurges().Where(p => !listed.Contains((p.Vault, p.Item))))
        {
            io.Error.WriteLine($"note: {purge.Item} in {purge.Vault} is not listed: its backup data was deleted for good (purged) at {Core.Journal.JournalFormatter.FormatTime(purge.At)}.");
        }
    }

    /// <summary>The item named as <c>report items</c> lists it in its Name column (<c>VM;iaasvmcontainerv2;rg;vm-01</c>), named as the rest of the report names it; any other text as given.</summary>
    /// <remarks>
    /// As <c>az backup</c>'s <c>--item-name</c> takes either name, a name with ';' being Azure's own. That name holds no
    /// vault, so a VM with an item in two vaults is named alone, as its friendly name names both.
    /// </remarks>
    private static string? ByFriendlyName(RunReader run, string? item)
    {
        if (item is null || !item.Contains(';', StringComparison.Ordinal))
        {
            return item;
        }

        var named = run.Items().Where(i => string.Equals(ReportTables.AzureName(i), item, StringComparison.OrdinalIgnoreCase)).ToList();
        return named switch
        {
            [var one] => $"{one.Vault}/{one.Name}",
            [var first, ..] => first.Name,
            [] => PurgedVm(run, item) ?? item,
        };
    }

    /// <summary>The VM a purged item's Azure name names: the item is no longer listed, but its jobs and purge still are.</summary>
    /// <remarks>A run keeps no resource group for an item it no longer lists, so the VM's name, the name's last part, is matched.</remarks>
    private static string? PurgedVm(RunReader run, string item) => ReportTables.VmOfAzureName(item) is { } vm
        ? run.AllPurges().Select(p => p.Item).FirstOrDefault(p => string.Equals(p, vm, StringComparison.OrdinalIgnoreCase))
        : null;

    // A purged item is no longer listed by 'items', but its jobs and purge are still reported: it is a name meant as well.
    private static CliInputException NoSuchItem(RunReader run, string item) =>
        new($"{run.Path}: the run has no item named '{item}'.{CliChoices.Meant(item, run.Items().Select(i => i.Name).Concat(run.AllPurges().Select(p => p.Item)).Distinct(StringComparer.Ordinal))} Its items: run 'vaultsim report {run.Path} items'.");

    private static void OnlyForJobs(Filters f, string what, bool withItem)
    {
        var stray = new[] { ("--status", f.Status), ("--operation", f.Operation), ("--from", f.From), ("--to", f.To), ("--item", withItem ? f.Item : null) }
            .FirstOrDefault(o => o.Item2 is not null).Item1;
        // --item also names the item of 'points', so "filters jobs" would be only half the truth about it.
        if (stray == "--item")
        {
            throw new CliInputException($"--item picks the item of 'jobs' and 'points'; it does not apply to '{what}', which lists every item.");
        }

        if (stray is not null)
        {
            throw new CliInputException($"{stray} filters jobs; it does not apply to '{what}'.");
        }
    }

    private sealed record Filters(string? Status, string? Operation, string? Item, string? From, string? To);
}
