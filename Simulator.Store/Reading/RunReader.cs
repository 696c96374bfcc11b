using System.Data;
using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;
using NodaTime;
using Simulator.Core.Journal;
using Simulator.Scenarios.Model;
using Simulator.Scenarios.Yaml;
using Simulator.Store.Rows;

namespace Simulator.Store.Reading;

/// <summary>Reads one recorded run: its summary, jobs, items, points and journal.</summary>
/// <remarks>
/// Every query is parameterised; names are matched as the simulator matches them (ignoring case, any script). Every
/// query reads the file as it was when the reader opened it, so a report of a run still recording agrees with itself.
/// </remarks>
public sealed partial class RunReader : IDisposable
{
    /// <summary>The one row of <c>runs</c>, as a damaged time in it is placed.</summary>
    private static readonly string RunRowKey = StoredCells.Row("id", 1);

    private readonly SqliteConnection _connection;
    private readonly string? _temporaryCopy;

    /// <summary>True for a run begun at schema 6 or later, whose every purge has a row (<see cref="Schema.SchemaV6"/>).</summary>
    private readonly bool _purgesRecorded;

    private const int FirstVersionRecordingPurges = 6;

    /// <param name="temporaryCopy">A file this reader deletes when it is disposed (the upgraded copy of an older file).</param>
    internal RunReader(string path, SqliteConnection connection, string? temporaryCopy = null)
    {
        Path = path;
        _connection = connection;
        _temporaryCopy = temporaryCopy;
        try
        {
            // One read transaction for the reader's life: a run still recording commits between two queries, and
            // rows read later would name jobs, points and items the journal read earlier does not know yet.
            connection.Execute("BEGIN DEFERRED");
            var run = Row();
            Summary = SummaryOf(run);
            IsFullAsRecordedByOlderVaultsim = run.FirstVersion is null;
            _purgesRecorded = run.FirstVersion >= FirstVersionRecordingPurges;
            if (!Summary.IsComplete)
            {
                RebuildOpenHistories();
            }
        }
        catch (Exception e) when (IsDamage(e))
        {
            var damaged = Damaged(path, WithCellNamed(e));
            connection.Dispose();
            throw damaged;
        }
    }

    /// <summary>The file, as it was named.</summary>
    public string Path { get; }

    /// <summary>True for an unfinished recording's file in WAL without its <c>-wal</c> beside it: later batches may be in that log.</summary>
    public bool IsMissingItsLog { get; init; }

    public RunSummary Summary { get; }

    /// <summary>True for a run begun by a vaultsim before schema 5: its points' <see cref="PointRecord.IsFull"/> is as that version recorded it, by an older rule.</summary>
    /// <remarks>The file is not rewritten to the new rule, nor the rows derived anew: their vault sizes followed the older rule too (see SchemaV5).</remarks>
    public bool IsFullAsRecordedByOlderVaultsim { get; }

    /// <summary>Every event of the journal, in order, formatted as <see cref="JournalFormatter"/> formats a live journal.</summary>
    public string JournalText() => Read(() => JournalFormatter.Format(Events()));

    internal ReopenedRun Reopen() => Read(() =>
    {
        var run = Row();
        RefuseBrokenReferences();
        if (!Summary.IsComplete)
        {
            // Only a run that goes on: a finished one opens read-only, showing its replay and no row of the file, and a
            // year of a big fleet's jobs took as long to check as to replay. Its reports refuse what they read.
            RefuseWhatReportsRefuse();
        }

        var (actions, speedChosen) = ActionRows();
        return new ReopenedRun(run.ScenarioFile, run.ScenarioText, run.Seed, actions, Summary.Reached, Summary.IsComplete, Summary.Mode, speedChosen,
            Summary.Events, LastEvent(Summary.Events))
        {
            PolicyFiles = PolicyFiles(run.FirstVersion),
        };
    });

    /// <summary>The file's last event, or null where no block ends with it.</summary>
    private DomainEvent? LastEvent(long events) =>
        _connection.QueryFirstOrDefault<(long Batch, long First, byte[] Data)?>("SELECT batch, first_seq, data FROM event_blocks WHERE last_seq = @events", new { events }) is { } block
            ? Block(block.Batch, block.First, events, block.Data)[^1]
            : null;

    public void Dispose()
    {
        _connection.Dispose();
        if (_temporaryCopy is not null)
        {
            MigratedCopy.Delete(_temporaryCopy);
        }
    }

    private static RunSummary SummaryOf(RunRow run)
    {
        var (start, end, reached) = (RunTime(run.StartAt, "start_at"), RunTime(run.EndAt, "end_at"), RunTime(run.Reached, "reached"));
        // The engine runs from the start to the end, never past it: a time edited out of that order would have reports
        // say a run was recorded up to before it began, and give its jobs in flight negative durations.
        // Out of the years, a run's times could not be given to report --from/--to, nor its scenario be run again.
        foreach (var (at, text, column) in new[] { (start, run.StartAt, "start_at"), (end, run.EndAt, "end_at") })
        {
            if (!SimulatedYears.Contain(at))
            {
                throw new UnreadableCellException("runs", RunRowKey, column, StoredCells.Shown(text), $"a time in {SimulatedYears.Allowed}");
            }
        }

        if (end < start)
        {
            throw new UnreadableCellException("runs", RunRowKey, "end_at", StoredCells.Shown(run.EndAt), $"a time no earlier than start_at ({start})");
        }

        if (reached < start || reached > end)
        {
            throw new UnreadableCellException("runs", RunRowKey, "reached", StoredCells.Shown(run.Reached), $"a time from start_at to end_at ({start} to {end})");
        }

        // Reopened, its scenario would refuse a seed no scenario takes; reported, the run would claim one it never ran with.
        if (ScenarioSeed.Refusal(run.Seed) is not null)
        {
            throw new UnreadableCellException("runs", RunRowKey, "seed", run.Seed.ToString(CultureInfo.InvariantCulture), $"a seed from {ScenarioSeed.Min} to {long.MaxValue}");
        }

        return new(run.ScenarioName, run.ScenarioFile, run.Seed, start, end,
            Enum.Parse<RunMode>(StoredWords.RunModes.Read(run.Mode, "runs", RunRowKey, "mode"), ignoreCase: true),
            StoredWords.RunStatuses.Read(run.Status, "runs", RunRowKey, "status") == RunStatus.Complete, reached, run.Events, run.Checks, run.FailedChecks);
    }

    /// <summary>A time of the one row of <c>runs</c>.</summary>
    private static Instant RunTime(string text, string column) => StoredCells.Iso(text, "runs", RunRowKey, column);

    private RunRow Row()
    {
        try
        {
            return _connection.QuerySingle<RunRow>("""
                SELECT scenario_name AS ScenarioName, scenario_file AS ScenarioFile, scenario_text AS ScenarioText, seed AS Seed, start_at AS StartAt, end_at AS EndAt,
                       mode AS Mode, status AS Status, reached AS Reached, events AS Events, items_as_of AS ItemsAsOf, checks AS Checks, failed_checks AS FailedChecks,
                       first_version AS FirstVersion
                FROM runs WHERE id = 1
                """);
        }
        // Dapper fails on the row's first value of another kind, saying only which of the record's constructors it looked for.
        catch (Exception e) when (e is DataException or InvalidCastException or InvalidOperationException)
        {
            var wrong = StoredCells.FirstOfAnotherKind(_connection, "runs", "id", RunCells, e);
            if (wrong is null)
            {
                throw;
            }

            throw wrong;
        }
    }

    /// <summary>Each column of <see cref="RunRow"/>, as vaultsim writes it.</summary>
    private static readonly StoredColumn[] RunCells =
    [
        StoredCells.Text("scenario_name", optional: false), StoredCells.Text("scenario_file", optional: false), StoredCells.Text("scenario_text", optional: false),
        StoredCells.WholeNumber("seed", optional: false), StoredCells.IsoText("start_at", optional: false), StoredCells.IsoText("end_at", optional: false),
        StoredCells.Text("mode", optional: false), StoredCells.Text("status", optional: false), StoredCells.IsoText("reached", optional: false),
        StoredCells.WholeNumber("events", optional: false), StoredCells.IsoText("items_as_of", optional: true), StoredCells.WholeNumber("checks", optional: true),
        StoredCells.WholeNumber("failed_checks", optional: true), StoredCells.WholeNumber("first_version", optional: true),
    ];
}
