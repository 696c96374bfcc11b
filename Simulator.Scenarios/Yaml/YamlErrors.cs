using YamlDotNet.RepresentationModel;

namespace Simulator.Scenarios.Yaml;

/// <summary>Collects the mistakes found while reading one file.</summary>
internal sealed class YamlErrors(string file)
{
    private readonly List<ScenarioError> _errors = [];

    public string File { get; } = file;

    public IReadOnlyList<ScenarioError> All => _errors;

    public bool Any => _errors.Count > 0;

    public void Add(YamlNode node, string field, string message) =>
        Add((int)node.Start.Line, (int)node.Start.Column, field, message);

    /// <remarks>A message may quote text from the file or a policy file beside it: a control character in it is shown by its code, never written raw to a terminal.</remarks>
    public void Add(int line, int column, string field, string message) =>
        _errors.Add(new ScenarioError(File, line, column, ControlCharacters.Visible(field), ControlCharacters.Visible(message)));
}
