using NodaTime;
using NodaTime.Extensions;
using NodaTime.Text;
using Simulator.Core.Policies;
using Simulator.Core.Policies.AzureJson;
using Simulator.Scenarios.Files;
using Simulator.Scenarios.Yaml;
using YamlDotNet.RepresentationModel;

namespace Simulator.Scenarios.Parsing;

public sealed partial class ScenarioParser
{
    private static readonly LocalTimePattern RunTimePattern = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");

    // A time written without its leading zero (4:30), told the two-digit form it means.
    private static readonly LocalTimePattern ShortHourPattern = LocalTimePattern.CreateWithInvariantCulture("H':'mm");

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
            node.At("file").Error($"{file} does not exist; a policy file is named from the scenario's folder, so it was looked for as {Path.GetFullPath(path)}.");
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

    private BackupSchedule? ReadSchedule(YamlCursor? node)
    {
        if (node is not { } schedule || !schedule.ExpectMapping("frequency", "times", "days", "interval", "windowStart", "windowHours"))
        {
            return null;
        }

        var frequency = schedule.Enum<ScheduleFrequency>("frequency", required: true);
        if (frequency is { } given)
        {
            ReportKeysOfOtherFrequencies(schedule, given);
        }

        var times = schedule.ItemsOf("times").Select(ReadLocalTime).ToList();
        var days = ReadWeekdays(schedule.Get("days"));
        var complete = true;
        if (frequency is ScheduleFrequency.Daily or ScheduleFrequency.Weekly && times.Count == 0)
        {
            NeedList(schedule, "times", "a daily or weekly schedule needs at least one run time, like times: [\"02:00\"].");
            complete = false;
        }

        if (frequency == ScheduleFrequency.Weekly && days.Count == 0)
        {
            NeedList(schedule, "days", "a weekly schedule needs its days, like days: [Sunday].");
            complete = false;
        }

        if (frequency == ScheduleFrequency.Hourly)
        {
            var interval = PolicyNumber(schedule.Required("interval"));
            var start = schedule.Required("windowStart") is { } w ? ReadLocalTime(w) : null;
            var hours = PolicyNumber(schedule.Get("windowHours")) ?? 24;
            return interval is null || start is null ? null : BackupSchedule.HourlyEvery(interval.Value, start.Value, hours);
        }

        // A schedule without its run times or days is not checked further: the validator would say the same of the empty
        // stand-in again, and hold the retention's weekdays against days the file never gave.
        if (frequency is null || !complete || times.Any(t => t is null))
        {
            return null;
        }

        var runTimes = times.Select(t => t!.Value).ToArray();
        return frequency == ScheduleFrequency.Weekly ? BackupSchedule.Weekly(days, runTimes) : BackupSchedule.Daily(runTimes);
    }

    /// <summary>Reports each key of another frequency's schedule, which this one would not read.</summary>
    /// <remarks>A trainer who writes <c>days: [Sunday]</c> under a Daily schedule means it to run on Sundays; leaving the
    /// key unread would run it every day without a word.</remarks>
    private static void ReportKeysOfOtherFrequencies(YamlCursor schedule, ScheduleFrequency frequency)
    {
        foreach (var key in schedule.Keys.ToList())
        {
            var message = (key, frequency) switch
            {
                ("days", ScheduleFrequency.Daily or ScheduleFrequency.Hourly) =>
                    $"'days' belongs to a Weekly schedule; a {frequency} one runs every day. Write frequency: Weekly to run on these days only, or leave 'days' out.",
                ("times", ScheduleFrequency.Hourly) =>
                    "'times' belongs to a Daily or Weekly schedule; an Hourly one runs every 'interval' hours from 'windowStart'. Leave 'times' out.",
                ("interval" or "windowStart" or "windowHours", ScheduleFrequency.Daily or ScheduleFrequency.Weekly) =>
                    $"'{key}' belongs to an Hourly schedule; a {frequency} one runs at its 'times'. Write frequency: Hourly (an Enhanced policy), or leave '{key}' out.",
                _ => null,
            };
            if (message is not null)
            {
                schedule.At(key).Error(message);
            }
        }
    }

    /// <summary>Reports a list the schedule needs, once: at the key, or at the schedule when the key is missing.</summary>
    /// <remarks>Nothing more is said of a list whose items did not read (each said why), that is no list (said by
    /// reading it), or whose key was misspelt (the unknown key says it).</remarks>
    private static void NeedList(YamlCursor schedule, string key, string message)
    {
        if (schedule.Get(key) is { } list)
        {
            if (list.Node is YamlSequenceNode { Children.Count: 0 })
            {
                list.Error(message);
            }
        }
        else if (!schedule.Misspelt(key))
        {
            schedule.Errors.Add(schedule, schedule.Child(key), message);
        }
    }

    private RetentionPolicy? ReadRetention(YamlCursor? node)
    {
        if (node is not { } retention || !retention.ExpectMapping("daily", "weekly", "monthly", "yearly"))
        {
            return null;
        }

        DailyRetention? daily = null;
        if (retention.Get("daily") is { } d && d.ExpectMapping("days"))
        {
            daily = PolicyNumber(d.Required("days")) is { } days ? new DailyRetention(days) : null;
        }

        WeeklyRetention? weekly = null;
        if (retention.Get("weekly") is { } w && w.ExpectMapping("weeks", "days"))
        {
            weekly = PolicyNumber(w.Required("weeks")) is { } weeks ? new WeeklyRetention(weeks, ReadWeekdays(w.Required("days"))) : null;
        }

        MonthlyRetention? monthly = null;
        if (retention.Get("monthly") is { } m && m.ExpectMapping("months", "days", "weeks", "weekdays"))
        {
            var months = PolicyNumber(m.Required("months"));
            monthly = months is { } count && ReadDaySelector(m) is { } on ? new MonthlyRetention(count, on) : null;
        }

        YearlyRetention? yearly = null;
        if (retention.Get("yearly") is { } y && y.ExpectMapping("years", "months", "days", "weeks", "weekdays"))
        {
            var years = PolicyNumber(y.Required("years"));
            var monthsOfYear = y.Required("months")?.Items().Select(i => i.AsEnum<Month>()).Where(v => v is not null).Select(v => (int)v!.Value).ToList() ?? [];
            yearly = years is { } count && ReadDaySelector(y) is { } on ? new YearlyRetention(count, monthsOfYear, on) : null;
        }

        return new RetentionPolicy(daily, weekly, monthly, yearly);
    }

    /// <summary>Reads <c>days: [1, 15, Last]</c>, or <c>weeks: [First]</c> with <c>weekdays: [Sunday]</c>.</summary>
    private DayOfMonthSelector? ReadDaySelector(YamlCursor rule)
    {
        if (rule.Has("days") && (rule.Has("weeks") || rule.Has("weekdays")))
        {
            rule.At("days").Error("name the day either by date ('days') or by week and weekday ('weeks' and 'weekdays'), not both.");
            return null;
        }

        if (rule.Get("days") is { } days)
        {
            var dates = new List<int>();
            var last = false;
            foreach (var day in days.Items())
            {
                if (string.Equals(day.Scalar, "Last", StringComparison.OrdinalIgnoreCase))
                {
                    // The selector holds Last once, so the check of repeated dates can't see a second one.
                    if (last)
                    {
                        days.Error($"[{string.Join(", ", days.Items().Select(d => d.Scalar))}] repeats a day; allowed is distinct days of the month.");
                        return null;
                    }

                    last = true;
                }
                else if (PolicyNumber(day) is { } date)
                {
                    dates.Add(date);
                }
            }

            return DayOfMonthSelector.ByDates(dates, last);
        }

        if (!rule.Has("weeks") && !rule.Has("weekdays"))
        {
            rule.Error("name the day: 'days' (like [1, Last]), or 'weeks' and 'weekdays' (like [Last] and [Saturday]).");
            return null;
        }

        var weeks = rule.Required("weeks")?.Items().Select(w => w.AsEnum<WeekOfMonth>()).Where(w => w is not null).Select(w => w!.Value).ToList() ?? [];
        return DayOfMonthSelector.ByWeeks(weeks, ReadWeekdays(rule.Required("weekdays")));
    }

    private static List<IsoDayOfWeek> ReadWeekdays(YamlCursor? node) =>
        node?.Items().Select(d => d.AsEnum<DayOfWeek>()).Where(d => d is not null).Select(d => d!.Value.ToIsoDayOfWeek()).ToList() ?? [];

    private static LocalTime? ReadLocalTime(YamlCursor node)
    {
        var text = node.AsString();
        if (text is null)
        {
            return null;
        }

        if (RunTimePattern.Parse(text) is { Success: true } parsed)
        {
            return parsed.Value;
        }

        var example = ShortHourPattern.Parse(text) is { Success: true } meant ? RunTimePattern.Format(meant.Value) : "02:30";
        node.Error($"'{YamlCursor.Shorten(text)}' is not a time of day; write it as HH:mm, like \"{example}\".");
        return null;
    }

    private enum Month
    {
        January = 1,
        February,
        March,
        April,
        May,
        June,
        July,
        August,
        September,
        October,
        November,
        December,
    }
}
