using NodaTime;
using Simulator.Core.Policies;
using Simulator.Core.Service;
using Simulator.Scenarios.Files;
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

    /// <summary>How a top-level key that is not read starts: a place to write anchors for aliases below it, as
    /// docker-compose's extension fields are.</summary>
    internal const string ExtensionPrefix = "x-";

    private readonly YamlErrors _errors;
    // Each VM's and MARS server's name, with where it was first given, for the message of a second one.
    private readonly Dictionary<string, FirstName> _sourceNames = new(StringComparer.OrdinalIgnoreCase);
    private readonly BrokenNames _broken = new();
    private readonly PassedOverPolicies _passedOver = new();
    private readonly List<string> _imported = [];

    // Each policy file's text by the name the scenario gives it, in the order first read; the run file keeps them.
    private readonly Dictionary<string, string> _policyFiles = new(StringComparer.Ordinal);

    // The texts a run file kept, read instead of the files beside the scenario; null when reading a scenario file.
    private readonly IReadOnlyDictionary<string, string>? _keptPolicyFiles;
    private readonly string _directory;
    private DateTimeZone _displayZone = DateTimeZone.Utc;
    private DstMode _defaultDstMode = DstMode.Fixed;
    private readonly long? _seedOverride;
    private long _fileSeed = ScenarioSeed.Default;
    private long _seed = ScenarioSeed.Default;
    private bool _seedRead = true;

    /// <summary>When the scenario runs; null when its start or end has a mistake, so times are not checked against a guess.</summary>
    private Interval? _span;

    /// <summary>The scenario's path as it was given, by which its errors are told.</summary>
    private readonly string _file;

    private ScenarioParser(string file, string directory, long? seed, IReadOnlyDictionary<string, string>? keptPolicyFiles = null)
    {
        if (seed is { } given && ScenarioSeed.Refusal(given) is { } refusal)
        {
            throw new ArgumentOutOfRangeException(nameof(seed), given, refusal);
        }

        _errors = new YamlErrors(file);
        _file = file;
        _directory = directory;
        _keptPolicyFiles = keptPolicyFiles;
        _seedOverride = seed;
        _seed = seed ?? ScenarioSeed.Default;
    }

    /// <summary>Reads and checks a scenario file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="seed">Overrides the file's seed (<c>--seed</c>): fleets are generated from it too, as the run that follows draws from it.</param>
    /// <exception cref="ScenarioLoadException">The file is missing, unreadable or has mistakes; every one is listed.</exception>
    public static ScenarioDefinition Load(string path, long? seed = null) => LoadWithText(path, seed).Definition;

    /// <summary>Reads and checks a scenario file, as <see cref="Load"/> does, with the text it was read from: a recording keeps that very text.</summary>
    /// <exception cref="ScenarioLoadException">The file is missing, unreadable or has mistakes; every one is listed.</exception>
    public static (ScenarioDefinition Definition, string Text) LoadWithText(string path, long? seed = null)
    {
        var text = ReadText(path);
        return (Parse(text, path, FolderOf(path), seed), text);
    }

    /// <summary>Where the policy files a scenario imports are looked for: the folder of its file.</summary>
    public static string FolderOf(string file) => Path.GetDirectoryName(Path.GetFullPath(file)) ?? ".";

    /// <summary>Reads a scenario file's text, as <see cref="Load"/> does: the one place scenario files are read.</summary>
    /// <exception cref="ScenarioLoadException">The file is missing or unreadable, or holds bytes that are not text (the first is located).</exception>
    public static string ReadText(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            return InputText.Read(path, InputFileKind.Scenario);
        }
        catch (InputTextException e)
        {
            throw new ScenarioLoadException([new ScenarioError(path, e.Line, e.Column, string.Empty, e.Reason)]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new ScenarioLoadException([new ScenarioError(path, 1, 1, string.Empty, $"can't read the file: {WriteFailure.SystemWords(e)}.")]);
        }
    }

    /// <summary>Reads and checks scenario text; <paramref name="file"/> names it in messages.</summary>
    /// <param name="text">The scenario's text.</param>
    /// <param name="file">The file it was read from, for messages and for the definition.</param>
    /// <param name="directory">Where the policy files it names are looked for.</param>
    /// <param name="seed">Overrides the text's seed, as in <see cref="Load"/>.</param>
    /// <exception cref="ScenarioLoadException">The text has mistakes; every one is listed.</exception>
    public static ScenarioDefinition Parse(string text, string file, string? directory = null, long? seed = null) =>
        Parse(text, new ScenarioParser(file, directory ?? ".", seed));

    /// <summary>Reads and checks scenario text kept in a run file, with the policy files it imported as they were kept there.</summary>
    /// <param name="text">The scenario's text.</param>
    /// <param name="file">The file it was read from when it was recorded, for messages.</param>
    /// <param name="policyFiles">The texts of the policy files it imports, by the names it gives them; no file is read.</param>
    /// <param name="seed">Overrides the text's seed, as in <see cref="Load"/>.</param>
    /// <exception cref="ScenarioLoadException">The text has mistakes, or names a policy file not among <paramref name="policyFiles"/>; every one is listed.</exception>
    public static ScenarioDefinition Parse(string text, string file, IReadOnlyList<PolicyFileText> policyFiles, long? seed = null)
    {
        ArgumentNullException.ThrowIfNull(policyFiles);
        var kept = policyFiles.ToDictionary(p => p.File, p => p.Text, StringComparer.Ordinal);
        return Parse(text, new ScenarioParser(file, ".", seed, kept));
    }

    private static ScenarioDefinition Parse(string text, ScenarioParser parser)
    {
        ArgumentNullException.ThrowIfNull(text);
        var definition = parser.Read(text);
        if (definition is null || parser._errors.Any)
        {
            throw new ScenarioLoadException(parser._errors.All.OrderBy(e => e.Line).ThenBy(e => e.Column).ToList()) { ImportedFiles = parser._imported };
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
        if (!root.ExpectMapping(TopLevelKeys, ExtensionPrefix))
        {
            return null;
        }

        var header = ReadHeader(root);
        var settings = ReadSettings(root.Get("settings"));
        var vaults = ReadVaults(root);
        var sources = ReadDataSources(root, vaults);
        var names = new WorldNames(vaults, sources, _broken, _passedOver)
        {
            FleetSeedNote = root.Has("fleets") && _seed != _fileSeed
                ? $" The fleets' names are drawn from this run's seed {_seed}, not the file's {_fileSeed}, so a name the file's seed gives may not be among them."
                : string.Empty,
        };
        var probe = new TimelineProbe(Start, _seed, settings, vaults, sources);
        var steps = ReadTimeline(root, names, probe);
        var expectations = ReadExpectations(root, names, probe);
        return header is null ? null : new ScenarioDefinition(_errors.File, header, settings, vaults, sources, steps, expectations) { ImportedFiles = _imported, PolicyFiles = [.. _policyFiles.Select(p => new PolicyFileText(p.Key, p.Value))] };
    }

    private ScenarioHeader? ReadHeader(YamlCursor root)
    {
        var name = root.String("name", required: true);
        var description = root.String("description") ?? string.Empty;
        var tags = root.ItemsOf("tags").Select(t => t.AsString()).OfType<string>().ToList();
        if (root.Get("seed") is { } seedNode)
        {
            // A seed that can't be read leaves fleets ungenerated (their names depend on it), so they are not blamed for it.
            _seedRead = false;
            if (seedNode.Scalar is { } text && ScenarioSeed.Refusal(text) is { } refusal)
            {
                // In the words --seed uses, a number too long for a seed included.
                seedNode.Error(refusal);
            }
            else if (seedNode.AsInteger(long.MinValue, long.MaxValue) is { } seed)
            {
                _fileSeed = seed;
                _seed = _seedOverride ?? seed;
                _seedRead = true;
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
                root.At("displayTimeZone").Error(ZoneIds.Unknown(zoneId));
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
        else if (!root.Has("end") && !root.Has("duration") && !root.Misspelt("end") && !root.Misspelt("duration"))
        {
            root.Missing("duration", "'end' or 'duration' is required: how long the scenario runs.");
        }

        if (start is null || (end is null && duration is null))
        {
            return null;
        }

        var last = end ?? start.Value + duration!.Value;
        if (last <= start.Value)
        {
            root.At("end").Error($"the end must be after the start at {InZone(start.Value)}.");
            return null;
        }

        if (last - start.Value > ScenarioTime.MaxDuration)
        {
            root.At("end").Error($"the scenario may run at most {ScenarioTime.MaxDuration.Days} days.");
            return null;
        }

        // Only a duration can get here past the years: a written end is refused as it is read.
        if (!SimulatedYears.Contain(last))
        {
            root.At("duration").Error($"{root.At("duration").Scalar} takes the scenario to {InZone(last)}, out of range; use {SimulatedYears.Allowed} for its start, its end and every time in it.");
            return null;
        }

        // The span is kept even without a name: the timeline is checked against it all the same.
        _span = new Interval(start.Value, last);
        return name is null ? null : new ScenarioHeader(name, description, tags, _seed, start.Value, last, _displayZone, _defaultDstMode) { FileSeed = _fileSeed };
    }

    /// <summary>The longest any duration setting may be: a start delay or a snapshot longer than a day would outlast the
    /// daily run it belongs to, so the next day's job would start before it, or fail behind it.</summary>
    private static readonly Duration LongestSetting = Duration.FromDays(1);

    /// <summary>The shortest a snapshot or a management job may last: something that takes no time is no phase or job.</summary>
    private static readonly Duration ShortestDuration = Duration.FromSeconds(1);

    private SimulationSettings ReadSettings(YamlCursor? node)
    {
        var defaults = new SimulationSettings();
        if (node is not { } settings || !settings.ExpectMapping("snapshotDuration", "maxStartDelay", "operationDuration"))
        {
            return defaults;
        }

        return defaults with
        {
            SnapshotDuration = settings.Duration("snapshotDuration", min: ShortestDuration, max: LongestSetting,
                meaning: $"the Take Snapshot phase lasts this long (domain.md D7: minutes; default {ScenarioTime.Format(defaults.SnapshotDuration)}).") ?? defaults.SnapshotDuration,
            MaxStartDelay = settings.Duration("maxStartDelay", min: Duration.Zero, max: LongestSetting,
                meaning: $"a scheduled VM job starts up to this long after its time (domain.md D6; default {ScenarioTime.Format(defaults.MaxStartDelay)}).") ?? defaults.MaxStartDelay,
            OperationDuration = settings.Duration("operationDuration", min: ShortestDuration, max: LongestSetting,
                meaning: $"a management job (configure, switch policy, resume, disable, delete data, undelete) lasts this long, its item taking no other operation meanwhile (domain.md D7; default {ScenarioTime.Format(defaults.OperationDuration)}).") ?? defaults.OperationDuration,
        };
    }

    /// <param name="offsetOrigin">What a <c>+offset</c> written here counts from, to hint at when the time is none; null
    /// where no offset is taken.</param>
    private Instant? ReadTime(YamlCursor node, string? offsetOrigin = null)
    {
        var instant = node.AsInstant(_displayZone, offsetOrigin);
        if (instant is { } at && _span is { } span && (at < span.Start || at > span.End))
        {
            node.Error($"{InZone(at)} is outside the scenario, which runs from {InZone(span.Start)} to {InZone(span.End)}.");
            return null;
        }

        return instant;
    }

    /// <summary>The start, for what is saved or counted from it; a file whose start has a mistake is never run, so any will do.</summary>
    private Instant Start => _span?.Start ?? default;

    private SourceLocation Locate(YamlCursor node) => new(_errors.File, node.Position.Line, node.Position.Column);

    /// <summary>Any time a message about the file names, in its zone as the file writes local times (<see cref="ScenarioTime.Told"/>).</summary>
    private string InZone(Instant instant) => ScenarioTime.Told(instant, _displayZone);
}
