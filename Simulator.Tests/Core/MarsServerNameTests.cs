using Simulator.Core.DataSources;

namespace Simulator.Tests.Core;

/// <summary>A MARS server is registered by its Windows computer name or FQDN, so its name follows a DNS host name's rules.</summary>
public sealed class MarsServerNameTests
{
    [Theory]
    [InlineData("fs-contoso-01")]
    [InlineData("FS01")]
    [InlineData("fs-01.contoso.com")]
    [InlineData("a")]
    [InlineData("1fs")]
    [InlineData("fs.123")]
    public void Should_AcceptTheName_When_ItIsAComputerNameOrFqdn(string name)
    {
        MarsServerName.Problem(name).ShouldBeNull();
    }

    [Theory]
    [InlineData("fs 01", "whitespace is not allowed; a server is registered by its computer name or FQDN (fs-01, fs-01.contoso.com): letters A to Z, digits and hyphens, with dots only between its parts")]
    [InlineData("fs_01", "'_' is not allowed; a server is registered by its computer name or FQDN (fs-01, fs-01.contoso.com): letters A to Z, digits and hyphens, with dots only between its parts")]
    [InlineData("fs\\01", "'\\' is not allowed; a server is registered by its computer name or FQDN (fs-01, fs-01.contoso.com): letters A to Z, digits and hyphens, with dots only between its parts")]
    [InlineData("dateiserver-ü", "'ü' is not allowed; a server is registered by its computer name or FQDN (fs-01, fs-01.contoso.com): letters A to Z, digits and hyphens, with dots only between its parts")]
    [InlineData("fs-01.", "it has an empty part: a server is registered by its computer name or FQDN (fs-01, fs-01.contoso.com): letters A to Z, digits and hyphens, with dots only between its parts")]
    [InlineData(".fs-01", "it has an empty part: a server is registered by its computer name or FQDN (fs-01, fs-01.contoso.com): letters A to Z, digits and hyphens, with dots only between its parts")]
    [InlineData("fs..contoso", "it has an empty part: a server is registered by its computer name or FQDN (fs-01, fs-01.contoso.com): letters A to Z, digits and hyphens, with dots only between its parts")]
    [InlineData("-fs01", "its part '-fs01' starts with '-', which a computer name or domain never does")]
    [InlineData("fs01.contoso-", "its part 'contoso-' ends with '-', which a computer name or domain never does")]
    [InlineData("12345", "its computer name '12345' is all digits, which Windows does not allow in a domain; add a letter")]
    [InlineData("2019.contoso.com", "its computer name '2019' is all digits, which Windows does not allow in a domain; add a letter")]
    public void Should_SayWhatIsWrong_When_TheNameIsNoComputerName(string name, string expected)
    {
        MarsServerName.Problem(name).ShouldBe(expected);
    }

    [Fact]
    public void Should_AcceptA63CharacterPart_AndRefuseOneCharacterMore()
    {
        // Given
        var fits = new string('f', 63) + ".contoso.com";
        var tooLong = new string('f', 64) + ".contoso.com";

        // When
        var accepted = MarsServerName.Problem(fits);
        var refused = MarsServerName.Problem(tooLong);

        // Then
        accepted.ShouldBeNull();
        refused.ShouldBe("its part 'ffffffffff...' has 64 characters, and a part between dots has 1 to 63");
    }

    [Fact]
    public void Should_AcceptA255CharacterFqdn_AndRefuseOneCharacterMore()
    {
        // Given four parts of 63 with their dots, 255 characters, and the same with its last part split in two
        var fits = string.Join('.', Enumerable.Repeat(new string('f', 63), 4));
        var tooLong = fits[..^2] + ".ff";

        // When
        var accepted = MarsServerName.Problem(fits);
        var refused = MarsServerName.Problem(tooLong);

        // Then
        accepted.ShouldBeNull();
        refused.ShouldBe("it has 256 characters, and a server's name has 1 to 255");
    }
}
