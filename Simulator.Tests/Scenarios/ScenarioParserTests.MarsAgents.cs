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

    [Theory]
    [InlineData("fs 01", "check.yaml:20:11: marsServers[0].name: 'fs 01' is not a valid MARS server name: whitespace is not allowed; a server is registered by its computer name or FQDN (fs-01, fs-01.contoso.com): letters A to Z, digits and hyphens, with dots only between its parts.")]
    [InlineData("fs_01", "check.yaml:20:11: marsServers[0].name: 'fs_01' is not a valid MARS server name: '_' is not allowed; a server is registered by its computer name or FQDN (fs-01, fs-01.contoso.com): letters A to Z, digits and hyphens, with dots only between its parts.")]
    [InlineData("fs-01.", "check.yaml:20:11: marsServers[0].name: 'fs-01.' is not a valid MARS server name: it has an empty part: a server is registered by its computer name or FQDN (fs-01, fs-01.contoso.com): letters A to Z, digits and hyphens, with dots only between its parts.")]
    public void Should_RefuseAMarsServersName_When_NoComputerHasIt(string name, string expected)
    {
        // Given: the agent registers a server by its Windows computer name or FQDN
        var text = World + $"marsServers:\n  - name: \"{name}\"\n    vault: vault-weu\n";

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.ShouldHaveSingleItem(Describe(errors)).ToString().ShouldBe(expected);
    }

    [Fact]
    public void Should_AcceptAMarsServersFqdn()
    {
        // Given
        var text = World + "marsServers:\n  - name: fs-01.contoso.com\n    vault: vault-weu\n";

        // When
        var scenario = Simulator.Scenarios.Parsing.ScenarioParser.Parse(text, File);

        // Then
        scenario.DataSources.ShouldContain(s => s.Name == "fs-01.contoso.com");
    }
}

