using Simulator.Scenarios.Model;
using Simulator.Scenarios.Parsing;

namespace Simulator.Scenarios;

/// <summary>The scenarios built into the program: the guided demo that opens when no scenario is named.</summary>
public static class BuiltInScenarios
{
    public const string DemoName = "built-in:demo.yaml";

    public static string DemoText
    {
        get
        {
            using var stream = typeof(BuiltInScenarios).Assembly.GetManifestResourceStream("Simulator.Scenarios.demo.yaml")
                ?? throw new InvalidOperationException("The built-in demo is missing from the assembly.");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }

    /// <param name="seed">Overrides the demo's seed (<c>--seed</c>).</param>
    public static ScenarioDefinition Demo(long? seed = null) => ScenarioParser.Parse(DemoText, DemoName, seed: seed);
}
