using NodaTime;
using Simulator.Core.Policies;
using Simulator.Core.Service;
using Simulator.Scenarios.Model;
using Simulator.Scenarios.Yaml;

namespace Simulator.Scenarios.Parsing;

/// <summary>Reads a scenario file into a checked <see cref="ScenarioDefinition"/>, or reports every mistake in it.</summary>
/// <remarks>
/// Nothing is run while reading: names are resolved, ranges checked and fleets generated here, so a scenario that
/// loads can be replayed, and one that does not gets <c>file:line:column</c> messages before anything happens.
/// </remarks>
public sealed partial class ScenarioParser
{
    internal static readonly string[] TopLevelKeys =
        ["name", "description", "tags", "seed", "start", "end", "duration", "displayTimeZone", "dstMode", "settings", "vaults", "vms", "fleets", "marsServers", "timeline", "expect"];

    private readonly YamlErrors _errors;
    private readonly HashSet<string> _sourceNames = new(StringComparer.OrdinalIgnoreCase);
    private readonly string _directory;
    private DateTimeZone _displayZone = DateTimeZone.Utc;
    private DstMode _defaultDstMode = DstMode.Fixed;
    private Instant _start;
    private Instant _end;
    private long _seed = ScenarioSeed.Default;

    private ScenarioParser(string file, string directory)
    {
        _errors = new YamlErrors(file);
        _directory = directory;
    }

    /// <summary>Reads and checks a scenario file.</summary>
    /// <exception cref="ScenarioLoadException">The file is missing, unreadable or has mistakes; every one is listed.</exception>
    public static ScenarioDefinition Load(string path) =>
        Parse(ReadText(path), path, Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".");

    /// <summary>Reads a scenario file's text, as <see cref="Load"/> does: the one place scenario files are read.</summary>
    /// <exception cref="ScenarioLoadException">The file is missing or unreadable, or holds bytes that are not text (the first is located).</exception>
    public static string ReadText(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            return InputText.Read(path);
        }
        catch (InputTextException e)
        {
            throw new ScenarioLoadException([new ScenarioError(path, e.Line, e.Column, string.Empty, e.Reason)]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new ScenarioLoadException([new ScenarioError(path, 1, 1, string.Empty, $"can't read the file: {e.Message}")]);
        }
    }

    /// <summary>Reads and checks scenario text; <paramref name="file"/> names it in messages.</summary>
    /// <exception cref="ScenarioLoadException">The text has mistakes; every one is listed.</exception>
    public static ScenarioDefinition Parse(string text, string file, string? directory = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new ScenarioParser(file, directory ?? ".");
        var definition = parser.Read(text);
        if (definition is null || parser._errors.Any)
        {
            throw new ScenarioLoadException(parser._errors.All.OrderBy(e => e.Line).ThenBy(e => e.Column).ToList());
        }

        return definition;
    }

    private ScenarioDefinition? Read(string text)
    {
        if (YamlDocumentLoader.Load(text, _errors) is not { } rootNode)
        {
            return null;
        }

        var root = new YamlCursor(rootNode, string.Empty, _errors);
        if (!root.ExpectMapping(TopLevelKeys))
        {
            return null;
        }

        var header = ReadHeader(root);
        var settings = ReadSettings(root.Get("settings"));
        var vaults = ReadVaults(root);
        var sources = ReadDataSources(root, vaults);
        var names = new WorldNames(vaults, sources);
        var steps = ReadTimeline(root, names);
        var expectations = ReadExpectations(root, names);
        return header is null ? null : new ScenarioDefinition(_errors.File, header, settings, vaults, sources, steps, expectations);
    }

    private ScenarioHeader? ReadHeader(YamlCursor root)
    {
        var name = root.String("name", required: true);
        var description = root.String("description") ?? string.Empty;
        var tags = root.ItemsOf("tags").Select(t => t.AsString()).OfType<string>().ToList();
        if (root.Get("seed") is { } seedNode && seedNode.AsInteger(long.MinValue, long.MaxValue) is { } seed)
        {
            if (ScenarioSeed.Refusal(seed) is { } refusal)
            {
                seedNode.Error(refusal);
            }
            else
            {
                _seed = seed;
            }
        }

        if (root.String("displayTimeZone") is { } zoneId)
        {
            if (PolicyTimeZones.TryResolve(zoneId, out var zone))
            {
                _displayZone = zone;
            }
            else
            {
                root.At("displayTimeZone").Error($"'{YamlCursor.Shorten(zoneId)}' is not a known time zone; use an IANA id like Europe/Berlin or a Windows id like W. Europe Standard Time.");
            }
        }

        _defaultDstMode = root.Enum<DstMode>("dstMode") ?? DstMode.Fixed;
        var start = root.Required("start")?.AsInstant(_displayZone);
        var end = root.Get("end")?.AsInstant(_displayZone);
        var duration = root.Duration("duration", min: Duration.FromMinutes(1));
        if (root.Has("end") && root.Has("duration"))
        {
            root.At("duration").Error("give either 'end' or 'duration', not both.");
        }
        else if (!root.Has("end") && !root.Has("duration"))
        {
            root.Error("'end' or 'duration' is required: how long the scenario runs.");
        }

        if (start is null || (end is null && duration is null) || name is null)
        {
            return null;
        }

        _start = start.Value;
        _end = end ?? _start + duration!.Value;
        if (_end <= _start)
        {
            root.At("end").Error($"the end must be after the start ({Format(_start)}).");
            return null;
        }

        if (_end - _start > ScenarioTime.MaxDuration)
        {
            root.At("end").Error($"the scenario may run at most {ScenarioTime.MaxDuration.Days} days.");
            return null;
        }

        return new ScenarioHeader(name, description, tags, _seed, _start, _end, _displayZone, _defaultDstMode);
    }

    private SimulationSettings ReadSettings(YamlCursor? node)
    {
        var defaults = new SimulationSettings();
        if (node is not { } settings || !settings.ExpectMapping("snapshotDuration", "maxStartDelay", "operationDuration"))
        {
            return defaults;
        }

        return defaults with
        {
            SnapshotDuration = settings.Duration("snapshotDuration", min: Duration.FromSeconds(1)) ?? defaults.SnapshotDuration,
            MaxStartDelay = settings.Duration("maxStartDelay") ?? defaults.MaxStartDelay,
            OperationDuration = settings.Duration("operationDuration", min: Duration.FromSeconds(1)) ?? defaults.OperationDuration,
        };
    }

    private Instant? ReadTime(YamlCursor node)
    {
        var instant = node.AsInstant(_displayZone);
        if (instant is { } at && (at < _start || at > _end))
        {
            node.Error($"{Format(at)} is outside the scenario, which runs from {Format(_start)} to {Format(_end)}.");
            return null;
        }

        return instant;
    }

    private SourceLocation Locate(YamlCursor node) => new(_errors.File, (int)node.Node.Start.Line, (int)node.Node.Start.Column);

    private static string Format(Instant instant) => Core.Journal.JournalFormatter.FormatTime(instant);
}
