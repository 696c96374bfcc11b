using NodaTime;

namespace Simulator.Core.Policies.AzureJson;

internal static partial class AzurePolicyReader
{
    private static readonly IReadOnlyDictionary<string, bool> ScheduleTypes = new Dictionary<string, bool>
    {
        [AzureNames.SimpleV1] = false,
        [AzureNames.SimpleV2] = true,
    };

    private static (BackupSchedule Schedule, LocalDateTime? FirstTime) ReadSchedule(JsonCursor policy, PolicyKind kind)
    {
        var typeCursor = policy.Optional("schedulePolicyType");
        var isV2 = typeCursor?.OneOf(ScheduleTypes)
            ?? (policy.Optional("dailySchedule") ?? policy.Optional("weeklySchedule") ?? policy.Optional("hourlySchedule")) is not null;
        var typePath = $"{policy.Path}.schedulePolicyType";
        if (isV2 != (kind == PolicyKind.Enhanced))
        {
            var (given, allowed) = isV2 ? (AzureNames.SimpleV2, AzureNames.SimpleV1) : (AzureNames.SimpleV1, AzureNames.SimpleV2);
            var why = kind == PolicyKind.Mars ? "a MARS policy has no Enhanced kind" : "policyType V2 means Enhanced, V1 or none Standard";
            throw new AzurePolicyJsonException(policy.Source, typePath, $"'{given}' does not fit {PolicyKindText.WithArticle(kind)} policy; allowed is {allowed} ({why})");
        }

        var frequencyCursor = policy.Required("scheduleRunFrequency", "Daily, Weekly or Hourly");
        var frequency = frequencyCursor.OneOf(AzureNames.Frequencies);
        return isV2 ? ReadV2(policy, frequency) : ReadV1(policy, frequency, frequencyCursor, kind);
    }

    private static (BackupSchedule, LocalDateTime?) ReadV1(JsonCursor policy, ScheduleFrequency frequency, JsonCursor frequencyCursor, PolicyKind kind)
    {
        // A MARS agent has no Enhanced policy to be pointed to: it backs up daily or weekly, up to three times a day (domain.md §3).
        if (frequency == ScheduleFrequency.Hourly)
        {
            throw frequencyCursor.Fail(kind == PolicyKind.Mars
                ? "a MARS agent backs up daily or weekly, at up to three times of day, never hourly; allowed is Daily or Weekly"
                : $"'Hourly' needs an Enhanced policy (policyType V2, {AzureNames.SimpleV2}); allowed is Daily or Weekly");
        }

        var times = ReadTimes(policy.Required("scheduleRunTimes", "an array of run times"));
        var days = frequency == ScheduleFrequency.Weekly ? ReadDays(policy.Required("scheduleRunDays", "an array of weekdays")) : [];

        // "At every number weeks this schedule has to be run" (the REST API): seed 004's MARS agent offers "every
        // alternate Sunday & Wednesday", which the schedule does not model; run every week, it would take twice the points.
        if (frequency == ScheduleFrequency.Weekly && policy.Optional("scheduleWeeklyFrequency") is { } every && every.Int32() > 1)
        {
            throw every.Fail($"every {every.Int32()} weeks is not simulated; allowed is 0 or 1, every week");
        }

        return (new BackupSchedule(frequency, times.Select(t => t.TimeOfDay).ToList(), days, null), times.Count > 0 ? times[0] : null);
    }

    private static (BackupSchedule, LocalDateTime?) ReadV2(JsonCursor policy, ScheduleFrequency frequency)
    {
        switch (frequency)
        {
            case ScheduleFrequency.Hourly:
                var hourly = policy.Required("hourlySchedule", "an hourlySchedule object");
                var interval = hourly.Required("interval", PolicyRanges.Intervals).Int32();
                var start = ReadDateTime(hourly.Required("scheduleWindowStartTime", "the window start date-time"));
                var duration = hourly.Required("scheduleWindowDuration", PolicyRanges.WindowHours.Allowed).Int32();
                return (BackupSchedule.HourlyEvery(interval, start.TimeOfDay, duration), start);
            case ScheduleFrequency.Weekly:
                var weekly = policy.Required("weeklySchedule", "a weeklySchedule object");
                var weeklyTimes = ReadTimes(weekly.Required("scheduleRunTimes", "an array of run times"));
                var days = ReadDays(weekly.Required("scheduleRunDays", "an array of weekdays"));
                return (new BackupSchedule(frequency, weeklyTimes.Select(t => t.TimeOfDay).ToList(), days, null), weeklyTimes.Count > 0 ? weeklyTimes[0] : null);
            default:
                var daily = policy.Required("dailySchedule", "a dailySchedule object");
                var times = ReadTimes(daily.Required("scheduleRunTimes", "an array of run times"));
                return (new BackupSchedule(frequency, times.Select(t => t.TimeOfDay).ToList(), [], null), times.Count > 0 ? times[0] : null);
        }
    }

    private static List<LocalDateTime> ReadTimes(JsonCursor array) => array.Items().Select(ReadDateTime).ToList();

    private static List<IsoDayOfWeek> ReadDays(JsonCursor array) => array.Items().Select(day => day.OneOf(AzureNames.Days)).ToList();
}
