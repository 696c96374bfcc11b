namespace Simulator.Tui.Dashboard;

/// <summary>The playback speeds that + and - walk through: virtual seconds per wall-clock second.</summary>
internal static class SpeedLadder
{
    private static readonly (double Speed, string Label)[] Steps =
    [
        (1, "1×"),
        (60, "1 min/s"),
        (600, "10 min/s"),
        (3600, "1 h/s"),
        (86400, "1 day/s"),
    ];

    /// <summary>One virtual hour per second: the demo's first jobs and their phases show within seconds.</summary>
    public const int Default = 3;

    public static int Count => Steps.Length;

    public static double Speed(int index) => Steps[index].Speed;

    public static string Label(int index) => Steps[index].Label;

    public static int Faster(int index) => Math.Min(index + 1, Steps.Length - 1);

    public static int Slower(int index) => Math.Max(index - 1, 0);

    /// <summary>The step of a speed in virtual seconds per second (a reopened lab's); the default where the ladder has no such step.</summary>
    public static int Of(double? speed) =>
        Array.FindIndex(Steps, step => step.Speed == speed) is var index and >= 0 ? index : Default;
}
