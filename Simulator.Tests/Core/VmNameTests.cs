using Simulator.Core.DataSources;

namespace Simulator.Tests.Core;

/// <summary>Azure's naming rules for virtual machines (resource-name-rules, Microsoft.Compute virtualMachines).</summary>
public sealed class VmNameTests
{
    [Theory]
    [InlineData("vm-web-01", OsType.Windows)]
    [InlineData("a", OsType.Windows)]
    [InlineData("fifteen-chars-1", OsType.Windows)]
    [InlineData("sixteen-chars-01", OsType.Linux)]
    [InlineData("app.internal_1", OsType.Linux)]
    [InlineData("VM_Web(1)", OsType.Windows)]
    public void Should_AcceptTheName_When_ItFollowsTheRules(string name, OsType os)
    {
        VmName.Problem(name, os).ShouldBeNull();
    }

    [Theory]
    [InlineData(OsType.Windows, 15)]
    [InlineData(OsType.Linux, 64)]
    public void Should_AcceptAsLongANameAsItsOsAllows_AndRefuseOneCharacterMore(OsType os, int longest)
    {
        // Given
        var fits = new string('v', longest);
        var tooLong = fits + "m";

        // When
        var accepted = VmName.Problem(fits, os);
        var refused = VmName.Problem(tooLong, os);

        // Then
        accepted.ShouldBeNull();
        refused.ShouldBe($"it has {longest + 1} characters, and a {os} VM's name has 1 to {longest}");
    }

    [Fact]
    public void Should_RefuseAnEmptyName()
    {
        VmName.Problem(string.Empty, OsType.Linux).ShouldBe("it has 0 characters, and a Linux VM's name has 1 to 64");
    }

    public static TheoryData<char> Forbidden() => [.. "\\/\"'[]:|<>+=;,?*@&"];

    [Theory]
    [MemberData(nameof(Forbidden))]
    public void Should_RefuseTheName_When_ItHoldsAForbiddenCharacter(char forbidden)
    {
        VmName.Problem($"vm{forbidden}01", OsType.Linux).ShouldStartWith($"'{forbidden}' is not allowed");
    }

    [Theory]
    [InlineData("vm 01")]
    [InlineData("vm\t01")]
    [InlineData("vm-01\u00a0")]
    public void Should_RefuseTheName_When_ItHoldsWhitespace(string name)
    {
        VmName.Problem(name, OsType.Linux).ShouldStartWith("whitespace is not allowed");
    }

    [Fact]
    public void Should_RefuseTheName_When_ItStartsWithAnUnderscore()
    {
        VmName.Problem("_vm01", OsType.Linux).ShouldBe("it must not start with '_'");
    }

    [Theory]
    [InlineData("vm01.")]
    [InlineData("vm01-")]
    public void Should_RefuseTheName_When_ItEndsWithAPeriodOrAHyphen(string name)
    {
        VmName.Problem(name, OsType.Linux).ShouldBe($"it must not end with '{name[^1]}'");
    }
}
