using YamlDotNet.RepresentationModel;

namespace Simulator.Scenarios.Yaml;

/// <summary>Collects the mistakes found while reading one file.</summary>
internal sealed class YamlErrors(string file)
{
    private readonly List<ScenarioError> _errors = [];

    // The keys reported as misspellings of an allowed key, by the mapping and the key meant: its absence is the same
    // mistake, and is not reported again as a missing key.
    private readonly HashSet<(long MappingStart, string Meant)> _misspelt = [];

    public string File { get; } = file;

    public IReadOnlyList<ScenarioError> All => _errors;

    public bool Any => _errors.Count > 0;

    public void NoteMisspelling(YamlNode mapping, string meant) => _misspelt.Add((mapping.Start.Index, meant));

    public bool WasMisspelt(YamlNode mapping, string key) => _misspelt.Contains((mapping.Start.Index, key));

    public void Add(YamlNode node, string field, string message) =>
        Add((int)node.Start.Line, (int)node.Start.Column, field, message);

    /// <remarks>A message may quote text from the file or a policy file beside it: a control character in it is shown by its code, never written raw to a terminal.</remarks>
    public void Add(int line, int column, string field, string message) =>
        _errors.Add(new ScenarioError(File, line, column, ControlCharacters.Visible(field), ControlCharacters.Visible(message)));
}
