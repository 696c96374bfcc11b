namespace Simulator.Store.Schema;

/// <summary>Version 5: a run says which version began recording it, because a point's <c>is_full</c> changed meaning.</summary>
/// <remarks>
/// From version 5 a point is full once the full copy its backup sends is in the vault, or once it takes over an expired
/// full copy; a point that is only a snapshot never is (the repository's README, "Full and incremental"). Older
/// vaultsims marked the snapshot of every backup taken while the full copy was owed, a skipped or failed one included,
/// and the oldest of them marked no point that took over an expired full copy. Nothing in an older file's rows tells
/// which vaultsim wrote them, and a file of version 4 may come from before or after the take-over was recorded; so
/// <c>first_version</c> is null for every run begun before version 5 (a continued older lab included, whose first
/// points keep the older rule), and readers say that its Copy is as the older version recorded it. The file is never
/// rewritten to fit the new rule: its vault sizes were recorded by the older rule too.
/// </remarks>
internal static class SchemaV5
{
    public const string Sql = """
        ALTER TABLE runs ADD COLUMN first_version INTEGER;
        """;
}
