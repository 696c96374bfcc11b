namespace Simulator.Core.Jobs;

/// <summary>The actions a person takes on an item, as the portal and a scenario's steps name them, and the job operation
/// each is recorded as: a person who filters the jobs by the action's name would otherwise read that it has none.</summary>
public static class ActionOperations
{
    // Each action under the names a person may give it: the scenario's verb, the portal's button, the CLI's command.
    private static readonly Dictionary<string, string> Recorded = new (string[] Names, string Text)[]
    {
        (["ConfigureProtection", "EnableBackup"], "configuring protection is recorded as a ConfigureBackup job"),
        (["Resume", "ResumeProtection", "ResumeBackup"], "resuming protection is recorded as a ConfigureBackup job"),
        (["ChangePolicy", "ModifyProtection"], "switching an item's policy is recorded as a ConfigureBackup job"),
        (["Stop", "StopProtection", "StopBackup"], "stopping protection is recorded as a DisableBackup job, or a DeleteBackupData job where its data is deleted"),
        (["DeleteData"], "deleting backup data is recorded as a DeleteBackupData job"),
        (["BackupNow", "OnDemand"], "a Backup now is recorded as a Backup job (its trigger on-demand)"),
    }.SelectMany(action => action.Names.Select(name => (name, action.Text))).ToDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The job operation the action <paramref name="text"/> names is recorded as (in any case, spaced as the
    /// portal writes it: <c>Stop backup</c>); null when it names none of them.</summary>
    /// <example><c>resuming protection is recorded as a ConfigureBackup job</c></example>
    public static string? RecordedAs(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Recorded.GetValueOrDefault(string.Concat(text.Where(c => c is not (' ' or '-'))));
    }
}
