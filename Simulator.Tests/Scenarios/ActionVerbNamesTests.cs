using System.Reflection;
using Simulator.Core.Service;
using Simulator.Scenarios.Model;

namespace Simulator.Tests.Scenarios;

/// <summary>A step's refusal names its operation as the core's refusals do, whoever refuses it.</summary>
public sealed class ActionVerbNamesTests
{
    private static readonly string[] CoreNames = typeof(OperationNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    public static TheoryData<ActionVerb> Verbs() => [.. Enum.GetValues<ActionVerb>()];

    [Theory]
    [MemberData(nameof(Verbs))]
    public void Should_NameEveryVerbByAnOperationOfTheCoresTable(ActionVerb verb) =>
        CoreNames.ShouldContain(verb.OperationName());

    [Theory]
    [InlineData(ActionVerb.BackupNow, "Backup now")]
    [InlineData(ActionVerb.BreakAgent, "Break VM agent")]
    [InlineData(ActionVerb.RemoveAgent, "Remove VM agent")]
    [InlineData(ActionVerb.RepairAgent, "Repair VM agent")]
    [InlineData(ActionVerb.ResavePolicy, "Save policy")]
    [InlineData(ActionVerb.SetRedundancy, "Set storage redundancy")]
    public void Should_NameAVerbInThePortalsWords_When_ItIsNotTheCoresOwnName(ActionVerb verb, string expected) =>
        verb.OperationName().ShouldBe(expected);
}
