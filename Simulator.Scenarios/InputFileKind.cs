namespace Simulator.Scenarios;

/// <summary>What a reader of input files wants named, for the way out of a refusal: a noun and an example path.</summary>
public readonly record struct InputFileKind(string Noun, string Example)
{
    public static readonly InputFileKind Scenario = new("a scenario file", "scenarios/demo.yaml");

    public static readonly InputFileKind PolicyJson = new("a policy JSON file", "samples/policies/standard-daily.json");

    /// <summary>"name a scenario file (for example scenarios/demo.yaml)": the way out when a path names the wrong thing.</summary>
    public string WayOut => $"name {Noun} (for example {Example})";
}
