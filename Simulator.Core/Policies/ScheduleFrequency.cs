namespace Simulator.Core.Policies;

/// <summary>How often a policy runs (the API's <c>ScheduleRunType</c>).</summary>
public enum ScheduleFrequency
{
    Daily,
    Weekly,
    Hourly,
}
