namespace Simulator.Tests.Scenarios;

public sealed partial class ScenarioParserTests
{
    [Fact]
    public void Should_RefuseTheVaults51stMarsAgentAtItsLine_When_AScenarioRegistersTooMany()
    {
        // Given 51 MARS servers registered to one vault, which accepts 50
        var servers = string.Concat(Enumerable.Range(1, 51).Select(i => $"  - name: fs-{i:00}\n    vault: vault-weu\n"));
        var text = World + "marsServers:\n" + servers;

        // When
        var errors = ErrorsOf(text);

        // Then: validate says so at the 51st, rather than the run at 1:1 of the file
        var error = errors.ShouldHaveSingleItem(Describe(errors));
        error.Field.ShouldBe("marsServers[50].vault");
        error.Line.ShouldBe(text.Split('\n').ToList().IndexOf("  - name: fs-51") + 2);
        error.Message.ShouldBe("vault 'vault-weu' already has 50 MARS agents registered, the most a vault accepts (domain.md §1.1); this is agent 51.");
    }
}
