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
    /// <summary>The policies a policy JSON file defines, with its text, where a problem of a policy is placed; or a
    /// scenario, whose policies are those its vaults hold at an instant of its run (see <see cref="ScenarioPolicies"/>).</summary>
    /// <exception cref="CliInputException">The file is missing, of an unknown kind, or malformed; the message says where.</exception>
    public static (IReadOnlyList<BackupPolicy> Policies, ScenarioDefinition? Scenario, string? Json) Load(string path)
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
            ".yaml" or ".yml" => LoadScenario(path),
            "" => throw new CliInputException($"{path}: the file's name has no extension, which is what tells a policy from a scenario here; name it .json if it holds a policy in the Azure policy shape (as 'az backup policy show' prints it), or .yaml if it is a scenario."),
            _ => throw new CliInputException($"{path}: '{extension}' files can't be read here; allowed is a policy JSON file (.json) in the Azure policy shape, or a scenario file (.yaml)."),
        };
    }

    /// <exception cref="ScenarioLoadException">The scenario has mistakes; the command line tells each as validate does.</exception>
    private static (IReadOnlyList<BackupPolicy>, ScenarioDefinition?, string?) LoadScenario(string path) => ([], ScenarioParser.Load(path), null);

    private static (IReadOnlyList<BackupPolicy>, ScenarioDefinition?, string?) LoadPolicyJson(string path)
    {
        try
        {
            var json = InputText.Read(path, InputFileKind.PolicyJson);
            var policies = AzurePolicyJson.ImportAll(json, path);
            if (policies.Index().Select(p => PolicyFileNames.ControlCharacterProblem(json, path, p.Index, p.Item)).FirstOrDefault(p => p is not null) is { } control)
            {
                throw new CliInputException(control);
            }

            return (policies, null, json);
        }
        catch (Exception e) when (e is AzurePolicyJsonException or InputTextException)
        {
            throw new CliInputException(e.Message);
        }
    }
}
