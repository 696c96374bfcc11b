using Dapper;
using Simulator.Scenarios.Running;
using Simulator.Store.Recording;

namespace Simulator.Store.Reading;

public sealed partial class RunReader
{
    /// <summary>The people's actions a reopened lab replays, and the last playback speed chosen, each row's verb held to the verb its json names.</summary>
    /// <remarks>
    /// The verb cell alone decides whether a row is replayed or is the dashboard's speed. A verb edited by hand would
    /// otherwise drop an action from the replay, or replay a speed's row, without a word; and an action refused
    /// or without effect changes no event, so the replay's own check (<see cref="ReplayCheck"/>) would not see it.
    /// </remarks>
    /// <exception cref="UnreadableCellException">A row's json is not what its verb says, or its verb is not the one its json names.</exception>
    private (List<PerformedAction> Actions, double? Speed) ActionRows()
    {
        var actions = new List<PerformedAction>();
        double? speed = null;
        var rows = ReadingCells("actions", "seq", ActionCells, () => _connection.Query<(long Seq, string Verb, string At, string Json, long? EventsBefore)>("SELECT seq, verb, at, json, events_before FROM actions ORDER BY seq").ToList());
        foreach (var a in rows)
        {
            var row = StoredCells.Row("seq", a.Seq);
            string named;
            if (a.Verb == SpeedJson.Verb)
            {
                var chosen = StoredCells.Json(a.Json, "actions", row, "json", SpeedJson.Expected, SpeedJson.Read);
                (named, speed) = (chosen.Verb, chosen.SecondsPerSecond);
            }
            else
            {
                var action = StoredCells.Json(a.Json, "actions", row, "json", ActionJson.Expected, ActionJson.Read);
                named = action.Verb.ToString();
                actions.Add(new PerformedAction(StoredCells.Iso(a.At, "actions", row, "at"), action, a.EventsBefore));
            }

            if (named != a.Verb)
            {
                throw new UnreadableCellException("actions", row, "verb", StoredCells.Shown(a.Verb), $"{StoredCells.Shown(named)}, the verb its json names");
            }
        }

        return (actions, speed);
    }

    /// <summary>The columns of an action's row, as vaultsim writes them.</summary>
    private static readonly StoredColumn[] ActionCells =
    [
        StoredCells.Text("verb", optional: false), StoredCells.IsoText("at", optional: false), StoredCells.Text("json", optional: false), StoredCells.WholeNumber("events_before", optional: true),
    ];
}
