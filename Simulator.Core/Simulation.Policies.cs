using Simulator.Core.Policies;
using Simulator.Core.Service;
using Simulator.Core.Vaults;

namespace Simulator.Core;

public sealed partial class Simulation
{
    /// <summary>Refuses a policy that breaks any limit, naming every problem, before anything is changed.</summary>
    private static void RequireValidPolicy(Vault vault, BackupPolicy policy)
    {
        var problems = PolicyValidator.Validate(policy);
        if (problems.Count > 0)
        {
            var list = string.Join("; ", problems.Select(p => p.Message));
            throw new OperationRefusedException(OperationNames.SavePolicy, $"{vault.Name}/{policy.Name}", $"the policy is not valid: {list}.");
        }
    }
}
