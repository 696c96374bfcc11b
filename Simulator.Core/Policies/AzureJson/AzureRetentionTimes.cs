using NodaTime;

namespace Simulator.Core.Policies.AzureJson;

/// <summary>The clock times a retention rule's <c>retentionTimes</c> holds in Azure's JSON: the schedule's run times,
/// or the window start of an hourly schedule.</summary>
/// <remarks>Retention keeps the points the schedule takes, so no other time can be set up ("Retention policies can only
/// be applied on backup points", <c>backup-azure-backup-faq.yml</c>).</remarks>
internal static class AzureRetentionTimes
{
    public static IReadOnlyList<LocalTime> Of(BackupSchedule schedule) =>
        schedule.Hourly is { } window ? [window.WindowStart] : schedule.RunTimes;
}
