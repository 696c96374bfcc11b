namespace Simulator.Store.Reading;

public sealed partial class RunReader
{
    /// <summary>Reads the whole file as the reports read it, so that what one of them would refuse is refused here too.</summary>
    /// <remarks>
    /// Reopening replays the scenario from its text and actions, and reads no other row: a cell edited by hand (an
    /// item's health, a job's transfer) would be shown by the dashboard, and written over by a lab going on, while
    /// <c>report</c> refuses the file. So it reads what <c>report jobs</c>, <c>items</c> and <c>points</c> of every
    /// item read, by their own queries and mappings, one rule for both. The jobs are checked one by one and let go: a
    /// year of 10,000 VMs has 3.65 million, which kept together took 4 GB.
    /// </remarks>
    /// <exception cref="UnreadableCellException">A cell holds what no vaultsim writes.</exception>
    /// <exception cref="MissingRowException">A complete run's item has no row.</exception>
    private void RefuseWhatReportsRefuse()
    {
        _ = ItemsAsOf;
        _ = QueryItems();
        _ = QueryJobs(new JobQuery(), jobs => jobs.Count());
        _ = QueryAllPoints();
        _ = QueryPurges(null);
    }
}
