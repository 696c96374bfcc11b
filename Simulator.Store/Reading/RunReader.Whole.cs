namespace Simulator.Store.Reading;

public sealed partial class RunReader
{
    /// <summary>Reads the whole file as the reports read it, so that what one of them would refuse is refused here too.</summary>
    /// <remarks>
    /// Reopening replays the scenario from its text and actions, and reads no other row: a cell edited by hand (an
    /// item's health, a job's transfer) would be shown by the dashboard, and written over by a lab going on, while
    /// <c>report</c> refuses the file. So it reads what <c>report jobs</c>, <c>items</c> and <c>points</c> of every
    /// item read, by their own queries and mappings, one rule for both: as long as those reports take together, a
    /// fraction of the replay that follows.
    /// </remarks>
    /// <exception cref="UnreadableCellException">A cell holds what no vaultsim writes.</exception>
    /// <exception cref="MissingRowException">A complete run's item has no row.</exception>
    private void RefuseWhatReportsRefuse()
    {
        _ = ItemsAsOf;
        _ = QueryItems();
        _ = QueryJobs(new JobQuery());
        _ = QueryAllPoints();
        _ = QueryPurges(null);
    }
}
