using Simulator.Core;
using YamlDotNet.RepresentationModel;

namespace Simulator.Scenarios.Yaml;

/// <summary>Collects the mistakes found while reading one file, each at the place it is written.</summary>
internal sealed class YamlErrors(string file)
{
    private readonly List<ScenarioError> _errors = [];

    // The keys reported as misspellings of an allowed key, by the mapping and the key meant: its absence is the same
    // mistake, and is not reported again as a missing key.
    private readonly HashSet<(long MappingStart, string Meant)> _misspelt = [];

    // The mappings holding a merge key ('<<'), which is refused: any key may have been meant to come from it.
    private readonly HashSet<long> _merging = [];

    public string File { get; } = file;

    public IReadOnlyList<ScenarioError> All => _errors;

    /// <summary>The file's aliases, so that a mistake reached through one is reported where the alias is written.</summary>
    public YamlAliases Aliases { get; } = new();

    public bool Any => _errors.Count > 0;

    public void NoteMisspelling(YamlNode mapping, string meant) => _misspelt.Add((mapping.Start.Index, meant));

    public void NoteMerge(YamlNode mapping) => _merging.Add(mapping.Start.Index);

    public bool WasMisspelt(YamlNode mapping, string key) => _misspelt.Contains((mapping.Start.Index, key)) || _merging.Contains(mapping.Start.Index);

    public void Add(YamlNode node, string field, string message) =>
        Add((int)node.Start.Line, (int)node.Start.Column, field, message);

    /// <summary>Reports a mistake at the cursor's node, or, when it was reached through an alias, at the alias, saying
    /// which anchored value it repeats.</summary>
    public void Add(YamlCursor at, string field, string message)
    {
        var (line, column) = ((int)at.Node.Start.Line, (int)at.Node.Start.Column);
        if (at.Via is { } alias)
        {
            Add(alias.Line, alias.Column, field, message + alias.Note(line, column));
        }
        else
        {
            Add(line, column, field, message);
        }
    }

    /// <remarks>A message may quote text from the file or a policy file beside it: a control character in it is shown by its code, never written raw to a terminal.</remarks>
    public void Add(int line, int column, string field, string message) =>
        _errors.Add(new ScenarioError(File, line, column, ControlCharacters.Visible(field), ControlCharacters.Visible(message)));
}
