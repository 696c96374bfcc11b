using System.CommandLine;
using Simulator.Scenarios.Model;

namespace Simulator.Tui.Cli;

/// <summary>The <c>--seed</c> option of every command that replays or checks a scenario.</summary>
internal static class SeedOption
{
    /// <summary>A <c>--seed</c> refused while parsing, as a scenario file's <c>seed</c> is refused while loading, by the same rule.</summary>
    public static Option<long?> Create(string description)
    {
        var option = new Option<long?>("--seed") { Description = description };
        option.Validators.Add(result =>
        {
            // Validators run before the value is converted, and asking for it then throws when it is not a number;
            // that mistake is the converter's to report, so only a number (of any length) is checked here.
            if (result.Tokens is [var token] && ScenarioSeed.Refusal(token.Value) is { } refusal)
            {
                result.AddError($"--seed: {refusal}");
            }
            else if (result.Tokens is [var spaced] && spaced.Value.Trim() is { Length: > 0 } trimmed && trimmed != spaced.Value)
            {
                // The converter takes blank space around a number, where a scenario's seed and every other number option refuse it.
                result.AddError($"--seed: '{spaced.Value}' has blank space around it; write {trimmed} alone.");
            }
        });
        return option;
    }
}
