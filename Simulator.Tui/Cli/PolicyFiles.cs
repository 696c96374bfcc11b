using Simulator.Core.Policies;
using Simulator.Core.Policies.AzureJson;

namespace Simulator.Tui.Cli;

/// <summary>Loads the policies a file defines, whatever kind of file it is.</summary>
/// <remarks>The one place that decides by extension; scenario files join here as another case of the switch.</remarks>
internal static class PolicyFiles
{
    /// <exception cref="CliInputException">The file is missing, of an unknown kind, or malformed; the message says where.</exception>
    public static IReadOnlyList<BackupPolicy> Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliInputException($"{path}: no such file.");
        }

        var extension = Path.GetExtension(path).ToLowerInvariant();
        return extension switch
        {
            ".json" => LoadPolicyJson(path),
            _ => throw new CliInputException($"{path}: '{extension}' files can't be read here; allowed is a policy JSON file (.json) in the Azure policy shape."),
        };
    }

    private static IReadOnlyList<BackupPolicy> LoadPolicyJson(string path)
    {
        try
        {
            return AzurePolicyJson.ImportAll(File.ReadAllText(path), path);
        }
        catch (AzurePolicyJsonException e)
        {
            throw new CliInputException(e.Message);
        }
    }
}
