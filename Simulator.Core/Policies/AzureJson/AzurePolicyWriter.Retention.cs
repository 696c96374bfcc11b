using System.Text.Json;

namespace Simulator.Core.Policies.AzureJson;

internal static partial class AzurePolicyWriter
{
    private static void WriteRetention(Utf8JsonWriter json, BackupPolicy policy)
    {
        var rules = policy.Retention;
        var times = AzureRetentionTimes.Of(policy.Schedule);
        json.WriteStartObject();
        if (rules.Daily is { } daily)
        {
            json.WriteStartObject("dailySchedule");
            WriteDuration(json, daily.Days, "Days");
            WriteTimes(json, "retentionTimes", policy, daily.Times ?? times);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("dailySchedule");
        }

        if (rules.Monthly is { } monthly)
        {
            json.WriteStartObject("monthlySchedule");
            WriteDuration(json, monthly.Months, "Months");
            WriteSelector(json, monthly.On);
            WriteTimes(json, "retentionTimes", policy, monthly.Times ?? times);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("monthlySchedule");
        }

        json.WriteString("retentionPolicyType", AzureNames.LongTerm);
        if (rules.Weekly is { } weekly)
        {
            json.WriteStartObject("weeklySchedule");
            WriteDaysOrNull(json, "daysOfTheWeek", weekly.Days);
            WriteDuration(json, weekly.Weeks, "Weeks");
            WriteTimes(json, "retentionTimes", policy, weekly.Times ?? times);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("weeklySchedule");
        }

        if (rules.Yearly is { } yearly)
        {
            json.WriteStartObject("yearlySchedule");
            json.WriteStartArray("monthsOfYear");
            foreach (var month in yearly.MonthsOfYear)
            {
                json.WriteStringValue(AzureNames.OfMonth(month));
            }

            json.WriteEndArray();
            WriteDuration(json, yearly.Years, "Years");
            WriteSelector(json, yearly.On);
            WriteTimes(json, "retentionTimes", policy, yearly.Times ?? times);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("yearlySchedule");
        }

        json.WriteEndObject();
    }

    private static void WriteDuration(Utf8JsonWriter json, int count, string unit)
    {
        json.WriteStartObject("retentionDuration");
        json.WriteNumber("count", count);
        json.WriteString("durationType", unit);
        json.WriteEndObject();
    }

    private static void WriteSelector(Utf8JsonWriter json, DayOfMonthSelector on)
    {
        if (on.IsWeeklyFormat)
        {
            json.WriteNull("retentionScheduleDaily");
            json.WriteString("retentionScheduleFormatType", "Weekly");
            json.WriteStartObject("retentionScheduleWeekly");
            WriteDaysOrNull(json, "daysOfTheWeek", on.Weekdays);
            json.WriteStartArray("weeksOfTheMonth");
            foreach (var week in on.Weeks)
            {
                json.WriteStringValue(week.ToString());
            }

            json.WriteEndArray();
            json.WriteEndObject();
            return;
        }

        json.WriteStartObject("retentionScheduleDaily");
        json.WriteStartArray("daysOfTheMonth");
        foreach (var date in on.Dates)
        {
            WriteDay(json, date, isLast: false);
        }

        if (on.IncludesLast)
        {
            WriteDay(json, 0, isLast: true);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteString("retentionScheduleFormatType", "Daily");
        json.WriteNull("retentionScheduleWeekly");
    }

    private static void WriteDay(Utf8JsonWriter json, int date, bool isLast)
    {
        json.WriteStartObject();
        json.WriteNumber("date", date);
        json.WriteBoolean("isLast", isLast);
        json.WriteEndObject();
    }
}
