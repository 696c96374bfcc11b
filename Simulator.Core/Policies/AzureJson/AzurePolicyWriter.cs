using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Simulator.Core.Policies.AzureJson;

/// <summary>Writes a policy in the shape <c>az backup policy show</c> prints.</summary>
/// <remarks>
/// The CLI prints the SDK model as a dictionary: keys camelCased from the attribute names (<c>instantRpDetails</c>),
/// sorted alphabetically at every level, every attribute present with null when unset, <c>properties</c> nested,
/// and date-times in Python's isoformat (<c>+00:00</c>). Run times carry the local date the policy was saved on.
/// </remarks>
internal static partial class AzurePolicyWriter
{
    private static readonly LocalDateTimePattern DateTimeText = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm:ss'+00:00'");

    public static string Write(BackupPolicy policy)
    {
        using var buffer = new MemoryStream();

        // The default encoder writes '+' as \u002B; the CLI prints "+00:00" as is, and people read these files.
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNull("eTag");
            json.WriteNull("id");
            json.WriteNull("location");
            json.WriteString("name", policy.Name);
            json.WriteStartObject("properties");
            WriteProperties(json, policy);
            json.WriteEndObject();
            json.WriteNull("resourceGroup");
            json.WriteNull("tags");
            json.WriteString("type", AzureNames.PolicyType);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()).ReplaceLineEndings("\n") + "\n";
    }

    private static void WriteProperties(Utf8JsonWriter json, BackupPolicy policy)
    {
        var mars = policy.Kind == PolicyKind.Mars;
        json.WriteString("backupManagementType", mars ? AzureNames.MarsManagementType : AzureNames.VmManagementType);
        if (policy.DstMode != DstMode.Fixed)
        {
            // vaultsim's own key; Azure has no such setting, so the default (Fixed) is not written.
            json.WriteString("dstMode", policy.DstMode.ToString());
        }

        if (!mars)
        {
            json.WriteStartObject("instantRpDetails");
            json.WriteNull("azureBackupRgNamePrefix");
            json.WriteNull("azureBackupRgNameSuffix");
            json.WriteEndObject();
            json.WriteNumber("instantRpRetentionRangeInDays", policy.InstantRestoreDays);
            json.WriteString("policyType", policy.Kind == PolicyKind.Enhanced ? "V2" : "V1");
        }

        json.WriteNumber("protectedItemsCount", 0);
        json.WritePropertyName("retentionPolicy");
        WriteRetention(json, policy);
        json.WritePropertyName("schedulePolicy");
        if (policy.Kind == PolicyKind.Enhanced)
        {
            WriteScheduleV2(json, policy);
        }
        else
        {
            WriteScheduleV1(json, policy);
        }

        json.WriteString("timeZone", policy.TimeZoneId);
    }

    private static void WriteScheduleV1(Utf8JsonWriter json, BackupPolicy policy)
    {
        var schedule = policy.Schedule;
        json.WriteStartObject();
        json.WriteString("schedulePolicyType", AzureNames.SimpleV1);
        WriteDaysOrNull(json, "scheduleRunDays", schedule.Frequency == ScheduleFrequency.Weekly ? schedule.Days : null);
        json.WriteString("scheduleRunFrequency", schedule.Frequency.ToString());
        WriteTimes(json, "scheduleRunTimes", policy, schedule.RunTimes);
        json.WriteNumber("scheduleWeeklyFrequency", 0);
        json.WriteEndObject();
    }

    private static void WriteScheduleV2(Utf8JsonWriter json, BackupPolicy policy)
    {
        var schedule = policy.Schedule;
        json.WriteStartObject();
        if (schedule.Frequency == ScheduleFrequency.Daily)
        {
            json.WriteStartObject("dailySchedule");
            WriteTimes(json, "scheduleRunTimes", policy, schedule.RunTimes);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("dailySchedule");
        }

        if (schedule is { Frequency: ScheduleFrequency.Hourly, Hourly: { } window })
        {
            json.WriteStartObject("hourlySchedule");
            json.WriteNumber("interval", window.IntervalHours);
            json.WriteNumber("scheduleWindowDuration", window.WindowDurationHours);
            json.WriteString("scheduleWindowStartTime", DateTimeText.Format(SavedDate(policy) + window.WindowStart));
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("hourlySchedule");
        }

        json.WriteString("schedulePolicyType", AzureNames.SimpleV2);
        json.WriteString("scheduleRunFrequency", schedule.Frequency.ToString());
        if (schedule.Frequency == ScheduleFrequency.Weekly)
        {
            json.WriteStartObject("weeklySchedule");
            WriteDaysOrNull(json, "scheduleRunDays", schedule.Days);
            WriteTimes(json, "scheduleRunTimes", policy, schedule.RunTimes);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("weeklySchedule");
        }

        json.WriteEndObject();
    }

    private static LocalDate SavedDate(BackupPolicy policy) => policy.SavedAt.InZone(policy.TimeZone).Date;

    private static void WriteTimes(Utf8JsonWriter json, string name, BackupPolicy policy, IEnumerable<LocalTime> times)
    {
        var date = SavedDate(policy);
        json.WriteStartArray(name);
        foreach (var time in times)
        {
            json.WriteStringValue(DateTimeText.Format(date + time));
        }

        json.WriteEndArray();
    }

    private static void WriteDaysOrNull(Utf8JsonWriter json, string name, IEnumerable<IsoDayOfWeek>? days)
    {
        if (days is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartArray(name);
        foreach (var day in days)
        {
            json.WriteStringValue(AzureNames.Of(day));
        }

        json.WriteEndArray();
    }
}
