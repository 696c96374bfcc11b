using System.CommandLine;
using NodaTime;
using Simulator.Core.Policies;
using Simulator.Core.Policies.AzureJson;
using Simulator.Core.Service;
using Simulator.Scenarios.Model;
using Simulator.Scenarios.Yaml;

namespace Simulator.Tui.Cli;

/// <summary>The <c>vaultsim policy</c> commands.</summary>
internal static class PolicyCommand
{
    public const int DefaultCount = 20;
    public const int MaxCount = 1000;

    public static Command Create(CliIo io)
    {
        var policy = new Command("policy", "Backup policies: what a policy does over time.");
        policy.Add(CreatePreview(io));
        return policy;
    }

    private static Command CreatePreview(CliIo io)
    {
        var file = new Argument<string>("FILE") { Description = "A policy JSON file (Azure's shape, or vaultsim's MARS shape: see samples/policies) or a scenario file." }.RefusingBlank("a policy JSON file or a scenario file (for example samples/policies/standard-daily.json)");
        var name = new Option<string?>("--policy") { Description = "The policy to preview, when the file holds several; VAULT/NAME picks one vault's policy in a scenario (needed where its vaults hold a name differently at --from)." }.RefusingNoName("a policy (for example DefaultPolicy)");
        var from = new Option<string?>("--from") { Description = "First instant to list: ISO 8601 (2026-03-01T06:00:00Z), or a time (2026-03-01T06:00) or a date (2026-03-01, its 00:00) in the policy's time zone, or a scenario's in its zone; for a scenario, also +offset from its start (+3d). A policy file's policy counts as saved then, which pins Fixed-mode run times; a scenario's is the policy as its vaults hold it then, saved at its start or again by a step. Default: the scenario's start, or now for a policy file." };
        var count = new Option<string?>("--count") { Description = $"How many runs to list, 1 to {MaxCount} (default {DefaultCount})." };
        var output = CliChoices.Output(CliChoices.TableOrJson);
        var preview = new Command("preview", "Lists the next runs of a policy: UTC and local time, DST shifts, and each point's tag and expiries.")
        {
            file, name, from, count, output,
        };
        preview.SetAction(parsed => Preview(
            io,
            parsed.GetValue(file)!,
            parsed.GetValue(name),
            parsed.GetValue(from),
            parsed.GetValue(count),
            parsed.GetValue(output)));
        return preview;
    }

    private static int Preview(CliIo io, string path, string? name, string? fromText, string? countText, string? outputText)
    {
        var json = CliChoices.PicksJson(outputText);
        var count = ParseCount(countText);
        var (policies, scenario, policyJson) = PolicyFiles.Load(path);
        var (policy, from, savedAgain) = scenario is null
            ? FromPolicyFile(io, policies, policyJson!, path, name, fromText)
            : FromScenario(scenario, path, name, fromText);
        var problems = PolicyValidator.Validate(policy);
        if (problems.Count > 0)
        {
            var index = policies.Index().FirstOrDefault(p => string.Equals(p.Item.Name, policy.Name, StringComparison.Ordinal)).Index;
            // A policy file's problems are told as a scenario importing it tells them.
            var lines = problems.Select(p => policyJson is null
                ? $"  {p.Message} (at {AzurePolicyJson.PathOf(p.Field, policy)})"
                : $"  {AzurePolicyJson.Told(policyJson, path, index, policy, p)}");
            throw new CliInputException($"{path}: policy '{policy.Name}' is not valid:{Environment.NewLine}{string.Join(Environment.NewLine, lines)}");
        }

        var rows = PolicyPreview.Compute(policy, from, count);
        var latestStart = (scenario?.Settings ?? new SimulationSettings()).LatestStart(policy.Kind == PolicyKind.Mars);
        var text = json ? PreviewJson.Render(policy, rows, savedAgain, latestStart) : PreviewTable.Render(policy, rows, savedAgain, latestStart);
        io.Out.Write(text);
        return ExitCodes.Ok;
    }

    /// <summary>A policy file's policy, saved at the first instant listed: the file has no moment of its own.</summary>
    private static (BackupPolicy Policy, Instant From, IReadOnlyList<Instant> SavedAgain) FromPolicyFile(CliIo io, IReadOnlyList<BackupPolicy> policies, string policyJson, string path, string? name, string? fromText)
    {
        // A vault's list holds its SQL and Azure Files policies too, which the file's reading passed over.
        if (name is not null && !policies.Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            && AzurePolicyJson.PassedOver(policyJson, name) is { } passed)
        {
            throw new CliInputException($"--policy: '{passed.Name}' in {path} is {passed.Reason}; {CliChoices.Allowed([.. policies.Select(p => $"'{p.Name}'")])}.");
        }

        var selected = Select(policies, path, name);

        // A time without an offset is read as the policy's run times are, in its zone: someone previewing a policy in
        // Berlin who writes 06:00 means 06:00 in Berlin.
        var from = fromText is null ? Now(io.WallClock) : ParseFrom(fromText, null, selected.TimeZone);
        return (selected with { SavedAt = from }, from, []);
    }

    /// <summary>A scenario's policy as its vaults hold it at the first instant listed: saved at the start, or later by
    /// a step; with when the run saves it again after then, which the runs listed do not follow.</summary>
    private static (BackupPolicy Policy, Instant From, IReadOnlyList<Instant> SavedAgain) FromScenario(ScenarioDefinition scenario, string path, string? name, string? fromText)
    {
        // A time without an offset is read as the scenario's own times are, in its zone, as render --at reads it.
        var header = scenario.Header;
        var from = fromText is null ? header.Start : ParseFrom(fromText, header.Start, header.DisplayZone);
        if (from < header.Start)
        {
            // A policy has no runs before it is saved: listing them would show a schedule the scenario never had.
            throw new CliInputException($"--from: {fromText} is before scenario '{header.Name}' starts, at {ScenarioTime.Told(header.Start, header.DisplayZone)}, when its vaults save their policies; a policy has no runs before it is saved. Give a time from then on, or +offset from the start (+0d is the start).");
        }

        var held = ScenarioPolicies.At(scenario, from);
        var selected = HeldAlikeBy(held, name) ?? Select([.. held.Select(h => h.Policy)], path, name);

        // The run gives an item its next run strictly after the policy is saved (at the start, as the item is protected,
        // or again by a step), so a run due at that very instant is not one the scenario has.
        var first = from == selected.SavedAt ? from + Duration.Epsilon : from;
        return (selected, first, held.First(h => ReferenceEquals(h.Policy, selected)).SavedAgain);
    }

    /// <summary>The policy <c>VAULT/NAME</c> names where the vaults hold that name alike, and so list it by its name alone; null otherwise.</summary>
    /// <remarks>The vault does hold it: refusing it as "not in" the file was untrue, and a person can't know which vaults agree.</remarks>
    private static BackupPolicy? HeldAlikeBy(IReadOnlyList<ScenarioPolicy> held, string? name) =>
        name?.Split('/') is [var vault, var policy]
            ? held.FirstOrDefault(h => string.Equals(h.Policy.Name, policy, StringComparison.OrdinalIgnoreCase) && h.Vaults.Contains(vault, StringComparer.OrdinalIgnoreCase))?.Policy
            : null;

    private static BackupPolicy Select(IReadOnlyList<BackupPolicy> policies, string path, string? name)
    {
        var names = string.Join(", ", policies.Select(p => $"'{p.Name}'"));
        if (name is not null)
        {
            var inVaults = policies.Where(p => p.Name.EndsWith($"/{name}", StringComparison.OrdinalIgnoreCase)).Select(p => $"'{p.Name}'").ToList();
            return policies.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
                ?? throw new CliInputException(inVaults.Count > 0
                    ? $"--policy: '{name}' differs between the vaults of {path}; choose one of {string.Join(", ", inVaults)}."
                    : $"--policy: '{name}' is not in {path}; {CliChoices.Allowed([.. policies.Select(p => $"'{p.Name}'")])}.{CliChoices.Meant(name, policies.Select(p => p.Name))}");
        }

        return policies.Count switch
        {
            1 => policies[0],
            0 => throw new CliInputException($"{path}: the file holds no policy."),
            _ => throw new CliInputException($"{path}: the file holds {policies.Count} policies ({names}); choose one with --policy NAME."),
        };
    }

    /// <summary>The current minute: the default first instant.</summary>
    /// <remarks>The machine's clock comes from Program.cs, the one place that reads it (D12); a run without one has no "now".</remarks>
    private static Instant Now(TimeProvider? wallClock)
    {
        var clock = wallClock ?? throw new CliInputException("--from: give the first instant to list; this run has no clock to take the current time from.");
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        return now - Duration.FromTicks(now.ToUnixTimeTicks() % NodaConstants.TicksPerMinute);
    }

    /// <remarks>
    /// A time or a date without an offset is read in <paramref name="zone"/>, as <c>render --at</c> reads it in the
    /// scenario's. A scenario's start is where its runs begin, so +offset counts from there, as <c>render --at</c> and
    /// <c>report --from</c> count it.
    /// </remarks>
    private static Instant ParseFrom(string text, Instant? start, DateTimeZone zone)
    {
        if (!text.StartsWith('+'))
        {
            return ScenarioTime.TryParseInstant(text, zone, out var from, out var error)
                ? from
                : throw new CliInputException($"--from: {error}{(start is null ? string.Empty : ScenarioTime.OffsetHint(text, "the scenario's start", error))}");
        }

        if (start is not { } origin)
        {
            throw new CliInputException($"--from: {text} counts from a scenario's start, and a policy file has none; give a time or a date (for example 2026-03-01).");
        }

        return ScenarioTime.TryParseDuration(text, out var offset, out var mistake) ? origin + offset : throw new CliInputException($"--from: {mistake}");
    }

    private static int ParseCount(string? text)
    {
        if (text is null)
        {
            return DefaultCount;
        }

        return CliNumbers.Parse(text, "--count", 1, MaxCount);
    }
}
