namespace Simulator.Tests.Scenarios;

public sealed partial class ScenarioParserTests
{
    [Theory]
    [InlineData("vms[0].policy")]
    [InlineData("fleets[0].policy")]
    public void Should_RefuseAMarsPolicyAtItsLine_When_AVmIsProtectedWithItAtTheStart(string field)
    {
        // Given: Gold made a MARS policy, which protects files and folders, never a VM; the fleet takes it too
        var text = World
            .Replace("      - name: Gold\n", "      - name: Gold\n        kind: Mars\n", StringComparison.Ordinal)
            .Replace("    count: 3\n    vault: vault-weu\n", "    count: 3\n    vault: vault-weu\n    policy: Gold\n", StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then: validate says so where the policy is named, rather than the run at 1:1 of the file
        var error = errors.Where(e => e.Field == field).ShouldHaveSingleItem(Describe(errors));
        error.Message.ShouldBe("policy 'Gold' of vault 'vault-weu' is a MARS policy; an Azure VM needs a Standard or Enhanced policy.");
        errors.Count.ShouldBe(2, Describe(errors));
    }
}
