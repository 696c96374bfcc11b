using NodaTime;
using Simulator.Core;
using Simulator.Core.Journal;
using Simulator.Scenarios.Running;

namespace Simulator.Tui.Dashboard;

/// <summary>The scenario session the dashboard shows, with the recent journal it keeps for the log strip and the event log.</summary>
/// <remarks>
/// It holds no UI state (that is <see cref="DashboardState"/>) and decides nothing about the world: time moves through
/// the session, so scenario steps and checks run exactly as in the headless replay.
/// </remarks>
internal sealed class DashboardWorld
{
    /// <summary>How many journal events the log strip and the event log can look back on; older ones leave, so memory stays bounded.</summary>
    /// <remarks>
    /// With 1,000 kept, the worst key of `bench --dashboard` (10,000 items at 1 day/s) took over 100 ms in 5 of 16 runs;
    /// with 200, at most 44 ms in 11. Not measured further; the likely cause is the collector: each event kept
    /// outlives its youngest generation, and such a fleet publishes thousands a second.
    /// </remarks>
    public const int LogCapacity = 200;

    /// <summary>The most events the log keeps while the event log is scrolled up: the lines read stay while newer ones arrive, up to this many in all.</summary>
    /// <remarks>
    /// Reading a page of a fleet's night at 1 h/s, 200 new events pushed it out in three seconds. Held events cost the
    /// collector what <see cref="LogCapacity"/> saves, so the bound keeps a fleet of 10,000 items at 1 day/s from
    /// holding without end; a few minutes of reading at a small fleet's pace.
    /// </remarks>
    public const int MostLogHeld = 10_000;

    private JournalColumns? _journalColumns;
    private int? _longestShortItem;

    /// <param name="session">The scenario session to show.</param>
    /// <param name="isReadOnly">True to browse a finished recorded run: actions are refused.</param>
    public DashboardWorld(ScenarioSession session, bool isReadOnly = false)
    {
        ArgumentNullException.ThrowIfNull(session);
        Session = session;
        IsReadOnly = isReadOnly;
        // What the scenario did before its clock started (vaults, policies, protection) opens the log, as it opens
        // the journal of vaultsim show; a session handed after it moved on would leave a gap after them, so it has none.
        var built = session.IsAsBuilt ? session.WorldBuildEvents : [];
        Log = new JournalRecorder(session.Simulation.Journal, LogCapacity, built);
        session.Simulation.Journal.Subscribe(e =>
        {
            switch (e)
            {
                case Narration narration:
                    LastNarration = narration;
                    break;
                case ProtectionConfigured or ItemDeleteStateChanged:
                    MembershipVersion++;
                    break;
            }

            if (e is not (Narration or JobStarted or JobPhaseChanged or JobFinished
                or RecoveryPointCreated or RecoveryPointDeleted or RecoveryPointRetentionChanged or RecoveryPointTierChanged))
            {
                SetupVersion++;
            }
        });

        // Steps due at the very start (the opening narration) belong on the first screen.
        session.RunUntil(Start);
    }

    public ScenarioSession Session { get; }

    /// <summary>True when a finished recorded run is being browsed: nothing may change it.</summary>
    public bool IsReadOnly { get; }

    public Simulation Simulation => Session.Simulation;

    public Instant Now => Simulation.Now;

    public string Name => Session.Definition.Header.Name;

    public DateTimeZone DisplayZone => Session.Definition.Header.DisplayZone;

    public Instant Start => Session.Definition.Header.Start;

    public Instant End => Session.End;

    public bool HasEnded => Now >= End;

    /// <summary>True when neither the clock nor an action can move the world: the scenario ended, or a finished run is browsed.</summary>
    /// <remarks>A run recorded with <c>run --db --until</c> is finished before its end: past its time the file holds nothing to show.</remarks>
    public bool IsStill => HasEnded || IsReadOnly;

    public JournalRecorder Log { get; }

    /// <summary>Keeps the log's events from number <paramref name="first"/> on while the event log is scrolled up to it; null lets them leave again.</summary>
    public void HoldLog(long? first) => Log.HoldFrom(first, MostLogHeld);

    /// <summary>The columns of the log's journal lines, fitted to the scenario's names as <c>vaultsim show</c> fits them.</summary>
    /// <remarks>Found once, when a window first is wide enough for such lines: a large estate has many names to measure.</remarks>
    public JournalColumns JournalColumns => _journalColumns ??= Session.Definition.FittedJournalColumns();

    /// <summary>The longest vault/item text the log's compact lines can show for the scenario (its <see cref="Simulator.Scenarios.Model.ScenarioDefinition.ShortJournalItems"/>).</summary>
    /// <remarks>Found once, when a window first shows compact lines, for the same reason as <see cref="JournalColumns"/>.</remarks>
    public int LongestShortItem => _longestShortItem ??= Session.Definition.ShortJournalItems().Select(text => text.Length).DefaultIfEmpty(1).Max();

    public Narration? LastNarration { get; private set; }

    /// <summary>Changes whenever an item joins or leaves a vault (or is soft-deleted or undeleted).</summary>
    public long MembershipVersion { get; private set; }

    /// <summary>Changes whenever the journal records anything but a job's progress, a recovery point or a narration.</summary>
    /// <remarks>
    /// What a vault could protect follows the data sources, their items and their states, never the many events of
    /// backups running and points coming and going; any other kind of event counts, so one added later does too.
    /// </remarks>
    public long SetupVersion { get; private set; }

    /// <summary>Whether the vault in view had anything to protect, or a deleted VM to re-create, kept while <see cref="SetupVersion"/> stands (see <see cref="ActionRefusals"/>).</summary>
    internal object? VaultOffersCache { get; set; }

    /// <summary>Whether any VM was deleted, kept while <see cref="SetupVersion"/> stands (see <see cref="ActionRefusals.AnyDeletedVm"/>).</summary>
    internal (long Version, bool Any)? DeletedVmCache { get; set; }

    /// <summary>The last sorted item list, reused while nothing it depends on changed (see <see cref="ItemQuery"/>).</summary>
    internal object? ItemListCache { get; set; }

    /// <summary>The last filtered job list, reused while the journal stands still (see <see cref="JobQuery"/>).</summary>
    internal object? JobListCache { get; set; }

    /// <summary>The last backup jobs by item, reused while the journal stands still (see <see cref="JobQuery"/>).</summary>
    internal object? BackupsByItemCache { get; set; }

    /// <summary>Runs to the next instant at which the journal records something, or to the end of the scenario, and leaves the clock there.</summary>
    /// <remarks>
    /// Some queued events change nothing anyone sees (a schedule overtaken by a policy change, a re-checked expiry),
    /// so a single engine step could look like a key that did nothing; this stops at the first visible change and
    /// takes every other event of that instant with it.
    /// </remarks>
    public void StepToNextEvent()
    {
        var before = Log.Total;
        while (Simulation.Engine.NextEventAt is { } next && next <= End && Log.Total == before)
        {
            Session.RunUntil(next);
        }

        if (Log.Total == before)
        {
            Session.RunUntil(End);
        }

        Session.LeaveClock();
    }

    /// <summary>Runs to <paramref name="target"/> (at most to the end, where the session finishes).</summary>
    public void RunUntil(Instant target) => Session.RunUntil(target);

    /// <summary>Runs to <paramref name="target"/> because the person chose it (go to), which a lab's recording keeps as where it stands.</summary>
    public void GoTo(Instant target) => Session.GoTo(target);

    /// <summary>The clock stopped where the person paused it, which a lab's recording keeps as where it stands.</summary>
    public void LeaveClock() => Session.LeaveClock();

    /// <summary>Finishes the session once playback reached its end, so end-of-run checks are made once.</summary>
    public void FinishIfEnded()
    {
        if (HasEnded)
        {
            Session.Finish();
        }
    }
}
