namespace Simulator.Tests.Scenarios;

/// <summary>A mistyped time zone id is told which id it probably meant, as a mistyped key or word is.</summary>
public sealed partial class ScenarioParserTests
{
    [Theory]
    [InlineData("duration: 7d", "duration: 7d\ndisplayTimeZone: Europe/Berln", "check.yaml:4:18: displayTimeZone: 'Europe/Berln' is not a known time zone", "Did you mean 'Europe/Berlin'?")]
    [InlineData("  - name: Gold\n", "  - name: Gold\n        timeZone: W. Europe Standrd Time\n", "check.yaml:9:19: vaults[0].policies[0].timeZone: 'W. Europe Standrd Time' is not a known time zone", "Did you mean 'W. Europe Standard Time'?")]
    [InlineData("  - name: Gold\n", "  - name: Gold\n        timeZone: america/new_yrok\n", "check.yaml:9:19: vaults[0].policies[0].timeZone: 'america/new_yrok' is not a known time zone", "Did you mean 'America/New_York'?")]
    public void Should_SayWhichZoneWasMeant_When_AZoneIdIsMistyped(string written, string mistyped, string start, string hint)
    {
        // Given
        var text = World.Replace(written, mistyped, StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then the place and the value stay as they were; the id meant joins them
        errors.Count.ShouldBe(1, Describe(errors));
        errors[0].ToString().ShouldStartWith(start);
        errors[0].Message.ShouldContain(hint, Case.Sensitive);
    }

    [Fact]
    public void Should_SayWhichZoneWasMeantAtItsJsonPath_When_AnImportedPolicyJsonMistypesItsTimeZone()
    {
        // Given, When a scenario imports the daily sample, its zone a Windows id with a letter missing
        var (scenario, error) = ImportedSampleError("zone.json", "\"timeZone\": \"UTC\"", "\"timeZone\": \"W. Europe Standrd Time\"");

        // Then the file, the key's JSON path and the id it probably meant, as an inline policy's zone is told
        error.ShouldStartWith(
            $"{scenario}:8:15: vaults[0].policies[0].file: zone.json:49:17: properties.timeZone: 'W. Europe Standrd Time' is not a known time zone (did you mean 'W. Europe Standard Time'?); allowed is ");
    }

    [Theory]
    [InlineData("UTC+1", "Etc/GMT-1")]
    [InlineData("GMT-5", "Etc/GMT+5")]
    [InlineData("UTC+01:00", "Etc/GMT-1")]
    [InlineData("5", "Etc/GMT-5")]
    [InlineData("UTC+0", "UTC")]
    public void Should_SuggestTheFixedOffsetZone_When_TheIdIsAnOffset(string written, string meant)
    {
        // Given an offset, which by spelling alone was closest to 'UTC+12' or 'GB'
        var text = World.Replace("duration: 7d", $"duration: 7d\ndisplayTimeZone: \"{written}\"", StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then the zone of that fixed offset, which is itself accepted
        errors.ShouldHaveSingleItem().Message.ShouldEndWith($"Did you mean '{meant}'?");
        Simulator.Core.Policies.PolicyTimeZones.TryResolve(meant, out _).ShouldBeTrue();
    }

    [Theory]
    [InlineData("UTC+05:30")]
    [InlineData("UTC+15")]
    public void Should_SuggestNoZone_When_TheOffsetHasNoFixedZone(string written)
    {
        // Given
        var text = World.Replace("duration: 7d", $"duration: 7d\ndisplayTimeZone: \"{written}\"", StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then no zone hours away is offered
        errors.ShouldHaveSingleItem().Message.ShouldNotContain("Did you mean");
    }

    [Fact]
    public void Should_SuggestNoZone_When_TheIdIsNothingLikeOne()
    {
        // Given
        var text = World.Replace("duration: 7d", "duration: 7d\ndisplayTimeZone: Atlantis", StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.ShouldHaveSingleItem().Message.ShouldNotContain("Did you mean");
    }
    [Theory]
    [InlineData("PST", "Did you mean a zone whose abbreviation is PST: 'America/Los_Angeles', 'America/Tijuana' or 'America/Vancouver'?")]
    [InlineData("AEST", "Did you mean a zone whose abbreviation is AEST: 'Australia/Brisbane', 'Australia/Hobart' or 'Australia/Sydney'?")]
    [InlineData("jst", "Did you mean a zone whose abbreviation is JST: 'Asia/Tokyo'?")]
    public void Should_OfferTheZonesThatUseAnAbbreviation_When_TheIdIsOne(string written, string hint)
    {
        // Given an abbreviation, which by spelling alone was told 'EST', a zone hours away from every one of them
        var text = World.Replace("duration: 7d", $"duration: 7d\ndisplayTimeZone: {written}", StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then the zones that write it, each of which is itself accepted
        errors.ShouldHaveSingleItem().Message.ShouldEndWith(hint);
    }

    [Theory]
    [InlineData("UTC ", "Did you mean 'UTC', without the spaces around it?")]
    [InlineData("Pacific Standard Time ", "Did you mean 'Pacific Standard Time', without the spaces around it?")]
    public void Should_OfferTheIdWithoutItsSpaces_When_TheIdIsAKnownOneWithSpacesAroundIt(string written, string hint)
    {
        // Given a known id with a space after it, which by spelling alone was told 'Etc/UTC' or the Mexican Pacific zone
        var text = World.Replace("duration: 7d", $"duration: 7d\ndisplayTimeZone: \"{written}\"", StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.ShouldHaveSingleItem().Message.ShouldEndWith(hint);
    }

    [Fact]
    public void Should_OfferTheZoneOfItsAbbreviationAtItsJsonPath_When_AnImportedPolicyJsonGivesOne()
    {
        // Given, When a scenario imports the daily sample, its zone written as an abbreviation
        var (_, error) = ImportedSampleError("zone.json", "\"timeZone\": \"UTC\"", "\"timeZone\": \"PST\"");

        // Then the validator's sentence offers the zone, as a scenario's own zone is told
        error.ShouldContain("properties.timeZone: 'PST' is not a known time zone (did you mean a zone whose abbreviation is PST: 'America/Los_Angeles', 'America/Tijuana' or 'America/Vancouver'?); allowed is ");
    }
}
