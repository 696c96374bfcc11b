using Simulator.Scenarios;
using Simulator.Scenarios.Parsing;
using Simulator.Tests.Support;

namespace Simulator.Tests.Scenarios;

public sealed partial class ScenarioParserTests
{
    private static string WithVm(string name, string? os) => World
        .Replace("  - name: vm-web-01\n", $"  - name: \"{name}\"\n{(os is null ? string.Empty : $"    os: {os}\n")}", StringComparison.Ordinal);

    [Fact]
    public void Should_RefuseAVmName_When_ItIsLongerThanItsWindowsOsAllows()
    {
        // Given: a VM's OS is Windows unless it says otherwise
        var text = WithVm("vm-application-01", os: null);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Count.ShouldBe(1, Describe(errors));
        errors[0].ToString().ShouldBe("check.yaml:12:11: vms[0].name: 'vm-application-01' is not a valid VM name: it has 17 characters, and a Windows VM's name has 1 to 15.");
    }

    [Fact]
    public void Should_AcceptAVmNameLongerThanWindowsAllows_When_TheVmRunsLinux()
    {
        // Given
        var text = WithVm("vm-application-01", os: "Linux").Replace("item: vm-web-01", "item: vm-application-01", StringComparison.Ordinal);

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

    [Fact]
    public void Should_ReportOnlyTheOs_When_AnOsThatCanNotBeReadWouldMakeTheNameTooLong()
    {
        // Given
        var text = WithVm("vm-application-01", os: "Linx");

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Select(e => e.Field).ShouldBe(["vms[0].os"], Describe(errors));
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
    public void Should_RefuseAFleetPattern_When_EvenItsShortestNameIsTooLongForAFleetOfWindowsVms()
    {
        // Given
        var text = World.Replace("    count: 3\n", "    count: 3\n    os: { windows: 100 }\n    namePattern: \"{name}-frontend-{n:000}\"\n", StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Count.ShouldBe(1, Describe(errors));
        errors[0].Message.ShouldBe("the pattern gives VM names Azure refuses; the shortest, 'web-frontend-001': it has 16 characters, and a Windows VM's name has 1 to 15.");
    }

    [Fact]
    public void Should_AcceptEveryBundledScenarioAndTheBuiltInDemo_When_CheckingVmNames()
    {
        // When
        var bundled = RepositoryFiles.BundledScenarios().Select(ScenarioParser.Load).ToList();
        var demo = BuiltInScenarios.Demo();

        // Then
        bundled.Count.ShouldBe(RepositoryFiles.BundledScenarios().Count);
        demo.DataSources.ShouldNotBeEmpty();
    }
}
