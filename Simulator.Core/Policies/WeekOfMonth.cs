namespace Simulator.Core.Policies;

/// <summary>Which week of a month a weekly-format monthly or yearly rule picks.</summary>
public enum WeekOfMonth
{
    First,
    Second,
    Third,
    Fourth,
    Last,
}
