using Simulator.Scenarios.Model;
using Simulator.Scenarios.Yaml;

namespace Simulator.Scenarios.Parsing;

public sealed partial class ScenarioParser
{
    /// <summary>The tiers a MARS server's point is never in: those holding a snapshot.</summary>
    private static readonly string[] SnapshotTiers = ["Snapshot", "SnapshotAndVaultStandard", "WithSnapshot"];

    /// <summary>Reports what an expectation asks of a MARS server's snapshots, which it never has: such a check fails at
    /// the end of every run, where <c>validate</c> can say why at its field.</summary>
    /// <param name="node">The expectation.</param>
    /// <param name="subject">Its subject (<c>job</c>, <c>point</c>, <c>points</c>), which names the item and, for <c>points</c>, the tier.</param>
    /// <remarks>A count of 0 points with a snapshot, and a job's snapshot expected to be <c>none</c>, hold in every run, and are left to say so.</remarks>
    private static void RefuseSnapshotsOfMars(YamlCursor node, YamlCursor subject, ExpectationDefinition e, WorldNames names, TimelineProbe probe)
    {
        if (e.Item is not { } item || probe.Definition(SourceOf(item, names)) is not { Mars: not null } server)
        {
            return;
        }

        var mars = MarsPoints(server.Name);
        switch (e.Kind)
        {
            case ExpectationKind.Job when e.Snapshot is not null && !string.Equals(e.Snapshot, "none", StringComparison.OrdinalIgnoreCase):
                node.At("snapshot").Error($"{mars}: a job of it has no snapshot to expect. Expect its 'transfer', or leave 'snapshot' out.");
                break;
            case ExpectationKind.Point when e.SnapshotExpiry is not null:
                node.At("snapshotExpiry").Error($"{mars}: a point of it has no snapshot to expire. Expect its 'expiry', or leave 'snapshotExpiry' out.");
                break;
            case ExpectationKind.Point when e.Tier is { } tier && SnapshotTiers.Contains(tier):
                node.At("tier").Error($"{mars}: a point of it is never in tier {tier}. Expect VaultStandard, or leave 'tier' out.");
                break;
            case ExpectationKind.Points when e.Tier is { } tier && SnapshotTiers.Contains(tier) && (e.Count > 0 || e.Min > 0):
                subject.At("tier").Error($"{mars}: it has no point in tier {tier}, so the count is 0 in every run. Expect 0, or leave the expectation out.");
                break;
        }
    }
}
