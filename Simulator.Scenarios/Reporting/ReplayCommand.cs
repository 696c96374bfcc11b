using System.Globalization;
using Simulator.Scenarios.Running;

namespace Simulator.Scenarios.Reporting;

/// <summary>The one command that replays exactly a given run.</summary>
public static class ReplayCommand
{
    public static string For(ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var file = result.File.Contains(' ', StringComparison.Ordinal) ? $"\"{result.File}\"" : result.File;
        return string.Create(CultureInfo.InvariantCulture, $"vaultsim run {file} --seed {result.Seed}");
    }
}
