using Simulator.Scenarios;
using Simulator.Scenarios.Parsing;
using Simulator.Tests.Support;

namespace Simulator.Tests.Scenarios;

public sealed partial class ScenarioParserTests
{
    private static string WithVm(string name, string? os) => World
        .Replace("  - name: vm-web-01\n", $"  - name: \"{name}\"\n{(os is null ? string.Empty : $"    os: {os}\n")}", StringComparison.Ordinal);

    [Fact]
    public void Should_RefuseAVmName_When_ItIsLongerThan64Characters()
    {
        // Given
        var name = "vm-" + new string('a', 62);
        var text = WithVm(name, os: null);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Count.ShouldBe(1, Describe(errors));
        errors[0].Field.ShouldBe("vms[0].name");
        errors[0].Message.ShouldEndWith("is not a valid VM name: it has 65 characters, and a VM's name has 1 to 64.");
    }

    [Fact]
    public void Should_AcceptAWindowsVmNameLongerThanItsHostNameMayBe()
    {
        // Given: 17 characters, past Windows' 15 for a host name, within the resource name's 64
        var text = WithVm("vm-application-01", os: "Windows").Replace("item: vm-web-01", "item: vm-application-01", StringComparison.Ordinal);

        // When
        var definition = ScenarioParser.Parse(text, File);

        // Then
        definition.DataSources[0].Name.ShouldBe("vm-application-01");
    }

    [Theory]
    [InlineData("vm web 01", "whitespace is not allowed")]
    [InlineData("vm/web", "'/' is not allowed")]
    [InlineData("_vm-web", "it must not start with '_'")]
    [InlineData("vm-web.", "it must not end with '.'")]
    [InlineData("vm-web-", "it must not end with '-'")]
    public void Should_RefuseAVmName_When_ItBreaksAzuresRules(string name, string problem)
    {
        // Given
        var text = WithVm(name, os: "Linux");

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Count.ShouldBe(1, Describe(errors));
        errors[0].Field.ShouldBe("vms[0].name");
        errors[0].Message.ShouldBe($"'{name}' is not a valid VM name: {problem}{(problem.StartsWith("it", StringComparison.Ordinal) ? string.Empty : "; a VM's name holds no whitespace and none of \\/\"'[]:|<>+=;,?*@&")}.");
    }

    [Theory]
    [InlineData("rg web", "whitespace is not allowed; a resource group's name holds letters, digits, '_', '(', ')', '-' and '.'")]
    [InlineData("rg/web", "'/' is not allowed; a resource group's name holds letters, digits, '_', '(', ')', '-' and '.'")]
    [InlineData("rg-web.", "it must not end with '.'")]
    [InlineData("rg-0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567", "it has 91 characters, and a resource group's name has 1 to 90")]
    public void Should_RefuseAResourceGroupName_When_ItBreaksAzuresRules(string group, string problem)
    {
        // Given
        var text = World.Replace("  - name: vm-web-01\n", $"  - name: vm-web-01\n    resourceGroup: \"{group}\"\n", StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Count.ShouldBe(1, Describe(errors));
        errors[0].Field.ShouldBe("vms[0].resourceGroup");
        errors[0].Message.ShouldStartWith($"'{group[..Math.Min(group.Length, 20)]}");
        errors[0].Message.ShouldEndWith($"' is not a valid resource group name: {problem}.");
    }

    [Theory]
    [InlineData("rg-Prod_(weu).01")]
    [InlineData("rg-münchen")]
    public void Should_AcceptAResourceGroupName_When_AzureWould(string group)
    {
        var text = World.Replace("  - name: vm-web-01\n", $"  - name: vm-web-01\n    resourceGroup: \"{group}\"\n", StringComparison.Ordinal);

        var definition = ScenarioParser.Parse(text, File);

        definition.DataSources[0].Vm!.ResourceGroup.ShouldBe(group);
    }

    [Fact]
    public void Should_RefuseAFleetPattern_When_ItsLiteralPartsMakeEveryNameInvalid()
    {
        // Given
        var text = World.Replace("    count: 3\n", "    count: 3\n    namePattern: \"{name} {n}\"\n", StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Count.ShouldBe(1, Describe(errors));
        errors[0].Field.ShouldBe("fleets[0].namePattern");
        errors[0].Message.ShouldStartWith("the pattern gives VM names Azure refuses; the shortest, 'web 1': whitespace is not allowed");
    }

    [Fact]
    public void Should_RefuseAFleet_When_ADrawnWordMakesOneOfItsNamesTooLong()
    {
        // Given a pattern whose shortest name fits, and whose drawn words make longer ones
        var text = World.Replace("    count: 3\n", "    count: 3\n    namePattern: \"{name}-" + new string('x', 50) + "-{word}-{n}\"\n", StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Count.ShouldBe(1, Describe(errors));
        errors[0].Field.ShouldBe("fleets[0].namePattern");
        errors[0].Message.ShouldStartWith("the pattern gives VM names Azure refuses, such as '");
        errors[0].Message.ShouldContain("and a VM's name has 1 to 64.");
    }

    [Fact]
    public void Should_AcceptEveryBundledScenarioAndTheBuiltInDemo_When_CheckingVmNames()
    {
        // When
        var bundled = RepositoryFiles.BundledScenarios().Select(f => ScenarioParser.Load(f)).ToList();
        var demo = BuiltInScenarios.Demo();

        // Then
        bundled.Count.ShouldBe(RepositoryFiles.BundledScenarios().Count);
        demo.DataSources.ShouldNotBeEmpty();
    }
}
