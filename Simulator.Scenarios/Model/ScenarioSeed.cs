using System.Globalization;

namespace Simulator.Scenarios.Model;

/// <summary>The seeds a scenario may run with: the rule a scenario file and the command line's <c>--seed</c> share.</summary>
public static class ScenarioSeed
{
    /// <summary>The seed of a scenario whose file names none.</summary>
    public const long Default = 1;

    /// <summary>The smallest seed; any larger whole number up to <see cref="long.MaxValue"/> is allowed.</summary>
    public const long Min = 0;

    /// <summary>Why <paramref name="seed"/> can't be used, worded to follow the field or option that gave it; null when it can.</summary>
    public static string? Refusal(long seed) => seed < Min
        ? string.Create(CultureInfo.InvariantCulture, $"{seed} is out of range; allowed is {Min} to {long.MaxValue}.")
        : null;
}
