using Simulator.Core;
using Simulator.Core.Policies;
using Simulator.Core.Policies.AzureJson;

namespace Simulator.Scenarios;

/// <summary>The names a policy JSON file gives its policies, held to the rule a scenario's text is held to.</summary>
/// <remarks>
/// A name flows from the file into the terminal, the journal and the reports, as a scenario's text does: an escape in
/// it would redraw the terminal, so a scenario importing the file and <c>policy preview</c> reading it refuse it alike.
/// </remarks>
public static class PolicyFileNames
{
    /// <summary>Why the name of <paramref name="policy"/>, the <paramref name="index"/>th read from
    /// <paramref name="json"/>, can't be used, placed in the file (<c>FILE:LINE:COLUMN: name: ...</c>); null when it is text.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="file">The file as the message names it.</param>
    public static string? ControlCharacterProblem(string json, string file, int index, BackupPolicy policy)
    {
        if (ControlCharacters.Problem(policy.Name, lineBreaksAllowed: false) is not { } control)
        {
            return null;
        }

        var at = AzurePolicyJson.PathOf("name", policy);
        return $"{AzurePolicyJson.Place(json, file, index, at)}: {at}: {control}";
    }
}
