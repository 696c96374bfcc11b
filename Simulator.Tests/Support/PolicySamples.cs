namespace Simulator.Tests.Support;

/// <summary>The policy JSON samples the tests read, and a scenario whose vault imports one.</summary>
internal static class PolicySamples
{
    /// <summary>The daily retention count's path in the samples.</summary>
    public const string DailyCount = "properties.retentionPolicy.dailySchedule.retentionDuration.count";

    /// <summary>The text of the Standard daily sample (its daily count, 180, on line 17 at position 18).</summary>
    public static string StandardDaily() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Policies", "Samples", "standard-daily.json"));

    /// <summary>The sample with <paramref name="find"/>, which it must hold, replaced.</summary>
    public static string StandardDaily(string find, string replace)
    {
        var text = StandardDaily();
        text.ShouldContain(find);
        return text.Replace(find, replace, StringComparison.Ordinal);
    }

    /// <summary>A scenario in <paramref name="folder"/> whose vault imports <paramref name="policyFile"/>, its line 8 naming the file at column 15.</summary>
    public static string ScenarioImporting(TempFolder folder, string policyFile)
    {
        var scenario = folder.File("imports.yaml");
        File.WriteAllText(scenario, $"""
            name: imports
            start: 2026-01-01T00:00:00Z
            duration: 3d
            vaults:
              - name: vault-a
                region: westeurope
                policies:
                  - file: {policyFile}
            """);
        return scenario;
    }
}
