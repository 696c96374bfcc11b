using Simulator.Scenarios.Parsing;
using Simulator.Tui.Cli;

namespace Simulator.Tests.Cli;

public sealed class ShowWorldRefusalTests
{
    [Fact]
    public void Should_SayWhyAndExitTwo_When_TheCoreRefusesToBuildTheWorldAFileCheckDidNotForesee()
    {
        // Given a checked scenario whose VM was then pointed at a policy its vault lacks, as no file check lets through
        var checkedDefinition = ScenarioParser.Parse("""
            name: refused
            start: 2026-09-01T00:00:00Z
            duration: 1d
            vaults:
              - name: vault-a
                region: westeurope
            vms:
              - name: vm1
                vault: vault-a
                policy: DefaultPolicy
            """, "refused.yaml");
        var definition = checkedDefinition with { DataSources = [checkedDefinition.DataSources[0] with { Policy = "Gold" }] };
        using var output = new StringWriter();
        using var error = new StringWriter();

        // When it is shown
        var code = ShowCommand.PrintTimeline(new CliIo(output, error, IsInteractive: false), definition, until: null);

        // Then the refusal is told, where a stack trace ended the process
        code.ShouldBe(ExitCodes.InvalidInput);
        error.ToString().ShouldBe("refused.yaml:1:1: world: Configure protection on 'vm1' refused: vault 'vault-a' has no policy 'Gold'. Its policies: DefaultPolicy.\n");
    }
}
