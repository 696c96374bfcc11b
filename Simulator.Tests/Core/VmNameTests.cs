using Simulator.Core.DataSources;

namespace Simulator.Tests.Core;

/// <summary>Azure's naming rules for a virtual machine's resource name (resource-name-rules, Microsoft.Compute virtualMachines).</summary>
public sealed class VmNameTests
{
    [Theory]
    [InlineData("vm-web-01")]
    [InlineData("a")]
    [InlineData("vm-application-33")]
    [InlineData("app.internal_1")]
    [InlineData("VM_Web(1)")]
    public void Should_AcceptTheName_When_ItFollowsTheRules(string name)
    {
        VmName.Problem(name).ShouldBeNull();
    }

    [Fact]
    public void Should_AcceptA64CharacterName_AndRefuseOneCharacterMore()
    {
        // Given: the 15-character Windows limit is the host name's; the resource name takes 64 on any OS
        var fits = new string('v', 64);
        var tooLong = fits + "m";

        // When
        var accepted = VmName.Problem(fits);
        var refused = VmName.Problem(tooLong);

        // Then
        accepted.ShouldBeNull();
        refused.ShouldBe("it has 65 characters, and a VM's name has 1 to 64");
    }

    [Fact]
    public void Should_RefuseAnEmptyName()
    {
        VmName.Problem(string.Empty).ShouldBe("it has 0 characters, and a VM's name has 1 to 64");
    }

    public static TheoryData<char> Forbidden() => [.. "\\/\"'[]:|<>+=;,?*@&"];

    [Theory]
    [MemberData(nameof(Forbidden))]
    public void Should_RefuseTheName_When_ItHoldsAForbiddenCharacter(char forbidden)
    {
        VmName.Problem($"vm{forbidden}01").ShouldStartWith($"'{forbidden}' is not allowed");
    }

    [Theory]
    [InlineData("vm 01")]
    [InlineData("vm\t01")]
    [InlineData("vm-01\u00a0")]
    public void Should_RefuseTheName_When_ItHoldsWhitespace(string name)
    {
        VmName.Problem(name).ShouldStartWith("whitespace is not allowed");
    }

    [Fact]
    public void Should_RefuseTheName_When_ItStartsWithAnUnderscore()
    {
        VmName.Problem("_vm01").ShouldBe("it must not start with '_'");
    }

    [Theory]
    [InlineData("vm01.")]
    [InlineData("vm01-")]
    public void Should_RefuseTheName_When_ItEndsWithAPeriodOrAHyphen(string name)
    {
        VmName.Problem(name).ShouldBe($"it must not end with '{name[^1]}'");
    }
}
