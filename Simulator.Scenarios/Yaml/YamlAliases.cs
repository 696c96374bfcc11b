using YamlDotNet.RepresentationModel;

namespace Simulator.Scenarios.Yaml;

/// <summary>The aliases of one document, by the mapping or list that holds each and its place in it.</summary>
/// <remarks>
/// YamlDotNet's representation model puts the anchored node itself where an alias is written, so a node reached
/// through an alias knows only the anchor's position. <see cref="YamlDocumentLoader"/> collects the aliases from the
/// event stream instead, keyed by the start of the container holding each (a container node starts where its start
/// event does) and its place there: a list's item i is place i, a mapping's key i place 2i and its value 2i + 1.
/// </remarks>
internal sealed class YamlAliases
{
    private readonly Dictionary<(long Start, bool Mapping, int Place), YamlAlias> _byPlace = [];

    public void Add(long containerStart, bool mapping, int place, YamlAlias alias) => _byPlace[(containerStart, mapping, place)] = alias;

    /// <summary>The alias written at <paramref name="place"/> in <paramref name="container"/>, if one is.</summary>
    public YamlAlias? At(YamlNode container, int place) =>
        _byPlace.Count > 0 && _byPlace.TryGetValue((container.Start.Index, container is YamlMappingNode, place), out var alias) ? alias : null;
}
