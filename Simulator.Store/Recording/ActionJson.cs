using System.Text.Json;
using NodaTime;
using Simulator.Core.Protection;
using Simulator.Core.Vaults;
using Simulator.Scenarios.Model;

namespace Simulator.Store.Recording;

/// <summary>Writes a person's action as JSON and reads it back, field by field.</summary>
/// <remarks>
/// The fields are listed here rather than serialising <see cref="ScenarioAction"/> whole, so the stored form does
/// not change when the record grows, and <see cref="ScenarioAction.NewPolicy"/> (a whole policy, only set by scenario
/// steps) can be refused rather than silently dropped.
/// </remarks>
internal static class ActionJson
{
    /// <exception cref="ArgumentException">The action carries a new policy, which interactive sessions never set.</exception>
    public static string Write(ScenarioAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (action.NewPolicy is not null)
        {
            throw new ArgumentException($"The {action.Verb} action carries a whole new policy ('{action.NewPolicy.Name}'); the store records only the actions people take in the dashboard, which never set one.", nameof(action));
        }

        var fields = new Fields(action.Verb, action.Item, action.Vault, action.Policy, action.Mode, action.RetainUntil, action.Count, action.Throughput, action.Redundancy ?? default, action.Enabled, action.Days ?? 0, action.JobId);
        return JsonSerializer.Serialize(fields, StoreJson.Options);
    }

    /// <exception cref="JsonException">The text is not an action written by <see cref="Write"/>.</exception>
    public static ScenarioAction Read(string json)
    {
        var f = JsonSerializer.Deserialize<Fields>(json, StoreJson.Options) ?? throw new JsonException("The action is null.");

        // Write refuses the one verb that needs a whole policy, so a row that names it was not written by vaultsim.
        if (f.Verb == ActionVerb.UpdatePolicy)
        {
            throw new JsonException($"The verb {f.Verb} carries a whole policy, which a recorded action never does.");
        }

        return new ScenarioAction(f.Verb)
        {
            Item = f.Item,
            Vault = f.Vault,
            Policy = f.Policy,
            Mode = f.Mode,
            RetainUntil = f.RetainUntil,
            Count = f.Count,
            Throughput = f.Throughput,
            Redundancy = f.Verb == ActionVerb.SetRedundancy ? f.Redundancy : null,
            Enabled = f.Enabled,
            Days = f.Days == 0 ? null : f.Days,
            JobId = f.JobId,
        };
    }

    /// <summary>What an action's cell holds, as a person is told it when it holds anything else.</summary>
    public const string Expected = "a dashboard action as vaultsim writes it, such as {\"Verb\":\"BackupNow\",\"Item\":\"vm-01\",…}";

    // Days stay a number, as files already hold them: 0, never a vault's soft-delete days (14 to 180), stands for none.
    // JobId came last and later: an action stored without it (a cancel recorded before it was kept) reads as null, and
    // its replay cancels the item's running job as a scenario step does.
    private sealed record Fields(
        ActionVerb Verb, string? Item, string? Vault, string? Policy, StopProtectionMode Mode, Instant? RetainUntil, int Count, double Throughput, StorageRedundancy Redundancy, bool Enabled, int Days, string? JobId = null);
}
