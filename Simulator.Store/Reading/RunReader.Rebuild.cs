using Dapper;
using Simulator.Store.Folding;

namespace Simulator.Store.Reading;

public sealed partial class RunReader
{
    /// <summary>For a run that did not complete, the items' states where it stopped; a kill leaves the items' rows as the start wrote them.</summary>
    private JournalItemStates? _statesWhereStopped;

    /// <summary>Adds the jobs in flight and the points alive of a run that did not complete, which only its events hold.</summary>
    /// <remarks>
    /// A writer writes those rows when the recording closes; a killed one never did, and a suspended one wrote rows
    /// that later events may have outdated. So the journal is folded again, by the writer's rule, into temporary
    /// tables, and temporary views named like the tables (which SQLite looks up first) show the file's rows with
    /// these in their place; items first named by an open row are numbered in a temporary copy of the keys, which
    /// hides the file's. The file is never written: the connection is read-only, and temporary objects live
    /// with it.
    /// </remarks>
    private void RebuildOpenHistories()
    {
        var fold = new RunFold(startsMidway: _connection.ExecuteScalar<bool>("SELECT EXISTS (SELECT 1 FROM main.events)"));
        var states = new JournalItemStates();
        foreach (var e in Events())
        {
            fold.Apply(e, out _, out _);
            states.Apply(e);
        }

        _statesWhereStopped = states;

        _connection.Execute("""
            CREATE TEMP TABLE open_jobs AS SELECT * FROM main.jobs WHERE 0;
            CREATE TEMP TABLE open_points AS SELECT * FROM main.recovery_points WHERE 0;
            CREATE TEMP TABLE item_keys AS SELECT * FROM main.item_keys;
            """);
        // In the reader's own transaction, as every write to its temporary tables.
        using (var rows = new HistoryRows(_connection, new ItemKeys(_connection, "temp.item_keys"), "temp.open_jobs", "temp.open_points"))
        {
            foreach (var job in fold.JobsInFlight)
            {
                rows.Write(job);
            }

            foreach (var point in fold.PointsAlive)
            {
                rows.Write(point);
            }
        }

        _connection.Execute("""
            CREATE TEMP VIEW jobs AS
                SELECT * FROM main.jobs WHERE seq NOT IN (SELECT seq FROM temp.open_jobs) UNION ALL SELECT * FROM temp.open_jobs;
            CREATE TEMP VIEW recovery_points AS
                SELECT * FROM main.recovery_points WHERE id NOT IN (SELECT id FROM temp.open_points) UNION ALL SELECT * FROM temp.open_points;
            """);
    }
}
