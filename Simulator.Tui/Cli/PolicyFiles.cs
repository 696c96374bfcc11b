using Simulator.Core.Policies;
using Simulator.Core.Policies.AzureJson;
using Simulator.Scenarios;
using Simulator.Scenarios.Files;
using Simulator.Scenarios.Model;
using Simulator.Scenarios.Parsing;

namespace Simulator.Tui.Cli;

/// <summary>Loads the policies a file defines, whatever kind of file it is.</summary>
/// <remarks>The one place that decides by extension.</remarks>
internal static class PolicyFiles
{
    /// <summary>The policies a file defines; for a scenario its header, whose start is when its vaults save them, for a
    /// policy JSON file its text, where a problem of a policy is placed.</summary>
    /// <exception cref="CliInputException">The file is missing, of an unknown kind, or malformed; the message says where.</exception>
    public static (IReadOnlyList<BackupPolicy> Policies, ScenarioHeader? Scenario, string? Json) Load(string path)
    {
        if (Directory.Exists(path))
        {
            throw new CliInputException($"{path}: this is a folder; name a policy JSON file (.json) or a scenario file (.yaml).");
        }

        if (!File.Exists(path))
        {
            throw new CliInputException($"{path}: no such file.");
        }

        // Before the extension is looked at: /dev/zero has none, and "'' files can't be read here" would hide what it is.
        if (RegularFile.Refusal(path) is { } refusal)
        {
            throw new CliInputException($"{path}: {refusal}; name a policy JSON file (.json) or a scenario file (.yaml).");
        }

        var extension = Path.GetExtension(path).ToLowerInvariant();
        return extension switch
        {
            ".json" => LoadPolicyJson(path),
            ".yaml" or ".yml" => LoadScenarioPolicies(path),
            "" => throw new CliInputException($"{path}: the file's name has no extension, which is what tells a policy from a scenario here; name it .json if it holds a policy in the Azure policy shape (as 'az backup policy show' prints it), or .yaml if it is a scenario."),
            _ => throw new CliInputException($"{path}: '{extension}' files can't be read here; allowed is a policy JSON file (.json) in the Azure policy shape, or a scenario file (.yaml)."),
        };
    }

    /// <summary>The policies a scenario's vaults define, each vault's DefaultPolicy included.</summary>
    /// <remarks>
    /// Vaults that define a name alike share one entry; where their policies of one name differ, each is named with
    /// its vault ("vault-a/Gold"), so that choosing by the bare name is refused as ambiguous rather than taking one.
    /// </remarks>
    private static (IReadOnlyList<BackupPolicy>, ScenarioHeader?, string?) LoadScenarioPolicies(string path)
    {
        try
        {
            var definition = ScenarioParser.Load(path);
            var defined = definition.Vaults.SelectMany(v => v.Policies.Prepend(BackupPolicy.Default(definition.Header.Start)).Select(p => (Vault: v.Name, Policy: p)));
            return ([.. defined.GroupBy(d => d.Policy.Name, StringComparer.OrdinalIgnoreCase).SelectMany(same =>
                same.Select(d => AzurePolicyJson.Export(d.Policy)).Distinct().Count() == 1
                    ? [same.First().Policy]
                    : same.Select(d => d.Policy with { Name = $"{d.Vault}/{d.Policy.Name}" }))], definition.Header, null);
        }
        catch (ScenarioLoadException e)
        {
            throw new CliInputException(string.Join(Environment.NewLine, e.Errors));
        }
    }

    private static (IReadOnlyList<BackupPolicy>, ScenarioHeader?, string?) LoadPolicyJson(string path)
    {
        try
        {
            var json = InputText.Read(path, InputFileKind.PolicyJson);
            return (AzurePolicyJson.ImportAll(json, path), null, json);
        }
        catch (Exception e) when (e is AzurePolicyJsonException or InputTextException)
        {
            throw new CliInputException(e.Message);
        }
    }
}
