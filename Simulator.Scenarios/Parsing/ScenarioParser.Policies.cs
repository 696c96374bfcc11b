using Simulator.Core.Policies;
using Simulator.Core.Policies.AzureJson;
using Simulator.Scenarios.Files;
using Simulator.Scenarios.Yaml;

namespace Simulator.Scenarios.Parsing;

public sealed partial class ScenarioParser
{
    /// <param name="vault">The vault's node.</param>
    /// <param name="vaultName">The vault's name, when it can be read: policies that fail to read are noted as broken in it.</param>
    private List<BackupPolicy> ReadPolicies(YamlCursor vault, string? vaultName)
    {
        var policies = new List<BackupPolicy>();

        // Every readable name, of complete policies or not, so that a repeated name is reported beside the entry's other
        // mistakes; DefaultPolicy, which every vault is created with, is taken from the start.
        var names = new Dictionary<string, FirstName?>(BackupPolicy.NameComparer) { [BackupPolicy.DefaultPolicyName] = null };
        var replacesDefault = false;
        if (vaultName is not null && vault.Get("policies") is { IsSequence: false })
        {
            _broken.Policy(vaultName, null);
        }

        foreach (var node in vault.ItemsOf("policies"))
        {
            var read = node.Has("file") ? ImportPolicies(node, vaultName) : ReadPolicy(node) is { } inline ? [inline] : [];
            if (read.Count == 0 && vaultName is not null)
            {
                // An import that failed may have held any names; an inline policy's name is its 'name'.
                _broken.Policy(vaultName, node.Has("file") ? null : node.Get("name")?.Scalar);
            }

            if (read.Count == 0 && !node.Has("file") && node.Get("name")?.Scalar is { } name && IsTaken(node, name))
            {
                node.At("name").Error(Repeated(name));
            }

            foreach (var policy in read)
            {
                // A real vault's export holds its DefaultPolicy, which then stands for the one the vault is created with.
                if (node.Has("file") && BackupPolicy.NameComparer.Equals(policy.Name, BackupPolicy.DefaultPolicyName) && names[BackupPolicy.DefaultPolicyName] is null)
                {
                    names[BackupPolicy.DefaultPolicyName] = FirstName.Of(node, policy.Name);
                    if (policy.Kind != PolicyKind.Standard)
                    {
                        node.At("file").Error($"its '{policy.Name}' would stand for the vault's own, which is a Standard policy, and this one is {PolicyKindText.WithArticle(policy.Kind)} policy; a policy's type can't change (domain.md §2.2).");
                        continue;
                    }

                    policies.Add(policy);
                    replacesDefault = true;
                    continue;
                }

                if (IsTaken(node, policy.Name))
                {
                    node.At("name").Error(Repeated(policy.Name));
                    continue;
                }

                // DefaultPolicy, which every vault is created with, is one of the 200.
                if (policies.Count + (replacesDefault ? 0 : 1) == Core.Simulation.MaxPoliciesPerVault)
                {
                    node.Error($"a vault holds at most {Core.Simulation.MaxPoliciesPerVault} backup policies, DefaultPolicy among them (domain.md §1.1); this is policy {Core.Simulation.MaxPoliciesPerVault + 1}.");
                    return policies;
                }

                policies.Add(policy);
            }
        }

        return policies;

        bool IsTaken(YamlCursor entry, string name) => !names.TryAdd(name, FirstName.Of(entry, name));

        // DefaultPolicy is in no list of the file: a trainer who writes it out is told where it comes from.
        string Repeated(string name) => names[name] is { } first
            ? $"'{name}' is already the name of {first.Told(name)}; a vault's policy names are unique, whatever their case: rename one of the two."
            : $"every vault is created with a policy named '{BackupPolicy.DefaultPolicyName}' (daily at 02:00 UTC, 30 days); give this one another name, or change that one with an updatePolicy step.";
    }

    /// <summary>The text of the policy file the entry names: kept in a run file, or read from beside the scenario.</summary>
    /// <returns>Null when it can't be had; the entry's <c>file</c> key says why.</returns>
    private string? ReadPolicyFile(YamlCursor node, string file)
    {
        if (_keptPolicyFiles is not null)
        {
            if (_keptPolicyFiles.TryGetValue(file, out var kept))
            {
                _policyFiles.TryAdd(file, kept);
                return kept;
            }

            // Only an edit can get here: a run file keeps every policy file its scenario imported when it was recorded.
            node.At("file").Error($"{file} is not among the policy files kept with the scenario in the run file ({KeptNames()}).");
            return null;
        }

        var path = Path.Combine(_directory, file);
        if (Directory.Exists(path))
        {
            // Reading a folder fails with the runtime's "Access to the path is denied", which sends people to its permissions.
            node.At("file").Error($"{file} is a folder; name a policy JSON file (as 'az backup policy show' writes one).");
            return null;
        }

        if (!File.Exists(path) && new FileInfo(path).LinkTarget is null)
        {
            // The runtime's "Could not find file" does not say that the path counts from the scenario, not from where
            // vaultsim was started, which is the usual reason. A link to nothing is told as one where the file is read.
            // Said as the scenario was named, relative where it was: the machine's own folders in a CI report made two
            // machines' reports of one checkout differ.
            var lookedFor = Path.IsPathRooted(_file) ? Path.GetFullPath(path) : Path.GetRelativePath(Environment.CurrentDirectory, Path.GetFullPath(path));
            node.At("file").Error($"{file} does not exist; a policy file is named from the scenario's folder, so it was looked for as {lookedFor}.");
            return null;
        }

        // Named and there: the scenario's own, whether or not it reads, so no report replaces it.
        _imported.Add(Path.GetFullPath(path));
        try
        {
            var json = InputText.Read(path, InputFileKind.PolicyJson);
            _policyFiles.TryAdd(file, json);
            return json;
        }
        catch (InputTextException e)
        {
            node.At("file").Error($"{file}:{e.Line}:{e.Column}: {e.Reason}");
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            node.At("file").Error($"can't read {file}: {WriteFailure.SystemWords(e)}.");
            return null;
        }

        string KeptNames() => _keptPolicyFiles.Count == 0 ? "it keeps none" : $"it keeps {string.Join(", ", _keptPolicyFiles.Keys.Order(StringComparer.Ordinal))}";
    }

    /// <summary>Reads policies exported from Azure (<c>az backup policy show</c>) from a JSON file beside the scenario.</summary>
    /// <param name="node">The policy entry naming the file.</param>
    /// <param name="vaultName">The vault importing it, when its name can be read: the policies the file passes over are noted in it.</param>
    private List<BackupPolicy> ImportPolicies(YamlCursor node, string? vaultName)
    {
        if (!node.ExpectMapping("file", "name", "dstMode") || node.String("file", required: true) is not { } file)
        {
            return [];
        }

        if (ReadPolicyFile(node, file) is not { } json)
        {
            return [];
        }

        List<BackupPolicy> policies;
        try
        {
            policies = [.. AzurePolicyJson.ImportAll(json, file, _defaultDstMode)];
            if (vaultName is not null)
            {
                _passedOver.Imported(vaultName, file, json);
            }
        }
        catch (Exception e) when (e is AzurePolicyJsonException or ArgumentException or NotSupportedException)
        {
            node.At("file").Error(e is AzurePolicyJsonException ? e.Message : $"can't read {file}: {e.Message}");
            return [];
        }

        // Else it imported nothing with no word said, and a policy named after it was refused only by the run.
        if (policies.Count == 0)
        {
            node.At("file").Error($"{file} holds no policy; import a file that holds one or more, as 'az backup policy show' or 'list' writes them.");
            return [];
        }

        var rename = node.String("name");
        if (rename is not null && policies.Count != 1)
        {
            node.At("name").Error($"{file} holds {policies.Count} policies; 'name' can rename only a single one.");
            return [];
        }

        var mode = node.Enum<DstMode>("dstMode");
        var errorsBefore = _errors.All.Count;
        var imported = policies.Select(p => p with { Name = rename ?? p.Name, DstMode = mode ?? p.DstMode, SavedAt = Start }).ToList();
        foreach (var (index, policy) in imported.Index())
        {
            // The file's name for the policy is text the scenario reads, as a YAML value is (a renamed one was checked there).
            if (rename is null && PolicyFileNames.ControlCharacterProblem(json, file, index, policy) is { } control)
            {
                node.At("file").Error(control);
                continue;
            }

            foreach (var problem in PolicyValidator.Validate(policy))
            {
                node.At("file").Error(AzurePolicyJson.Told(json, file, index, policy, problem));
            }
        }

        return _errors.All.Count > errorsBefore ? [] : imported;
    }

    /// <summary>Reads an inline policy; the field paths match the policy validator's, so its problems point at the right key.</summary>
    /// <param name="kindByDefault">The kind when the policy names none: Standard, unless an update names a policy of another kind.</param>
    private BackupPolicy? ReadPolicy(YamlCursor node, PolicyKind kindByDefault = PolicyKind.Standard)
    {
        var errorsBefore = _errors.All.Count;
        var policy = ReadPolicyShape(node, kindByDefault);
        if (policy is null)
        {
            return null;
        }

        // A value that could not be read was replaced by its default or left out of its list, so what the validator
        // says of that field (or of the rule holding it) is about the stand-in, not the file: the reading's mistake is the one.
        var unread = _errors.All.Skip(errorsBefore).Select(e => e.Field).ToList();
        var problems = PolicyValidator.Validate(policy);
        foreach (var problem in problems)
        {
            var field = node.Child(problem.Field);
            if (!unread.Any(u => u == field || u.StartsWith(field + ".", StringComparison.Ordinal) || u.StartsWith(field + "[", StringComparison.Ordinal)))
            {
                _errors.Add(node.Find(problem.Field), field, Told(problem, field));
            }
        }

        return problems.Count == 0 ? policy : null;
    }

    private BackupPolicy? ReadPolicyShape(YamlCursor node, PolicyKind kindByDefault)
    {
        if (!node.ExpectMapping("name", "kind", "timeZone", "dstMode", "instantRestoreDays", "schedule", "retention"))
        {
            return null;
        }

        var name = node.String("name", required: true);
        var kind = node.Enum<PolicyKind>("kind") ?? kindByDefault;
        var zoneId = node.String("timeZone") ?? "UTC";
        if (!PolicyTimeZones.TryResolve(zoneId, out var zone))
        {
            node.At("timeZone").Error(ZoneIds.Unknown(zoneId));
        }

        var schedule = ReadSchedule(node.Required("schedule"));
        var retention = ReadRetention(node.Required("retention"));
        var snapshots = PolicyNumber(node.Get("instantRestoreDays")) ?? PolicyLimits.DefaultSnapshotDays(kind, schedule?.Frequency ?? ScheduleFrequency.Daily);
        if (name is null || schedule is null || retention is null)
        {
            return null;
        }

        return new BackupPolicy
        {
            Name = name,
            Kind = kind,
            Schedule = schedule,
            Retention = retention,
            InstantRestoreDays = snapshots,
            TimeZoneId = zoneId,
            TimeZone = zone,
            DstMode = node.Enum<DstMode>("dstMode") ?? _defaultDstMode,
            SavedAt = Start,
        };
    }
}
