using NodaTime;
using Simulator.Scenarios.Parsing;

namespace Simulator.Tests.Scenarios;

/// <summary>The durations under <c>settings</c> and an RPO's <c>maxAge</c>, held to bounds that make sense for them.</summary>
public sealed partial class ScenarioParserTests
{
    [Theory]
    [InlineData("maxStartDelay: 400d", "settings.maxStartDelay", "'400d' is out of range; allowed is 0s to 1d: a scheduled VM job starts up to this long after its time (domain.md D6; default 2h).")]
    [InlineData("maxStartDelay: 1d1s", "settings.maxStartDelay", "'1d1s' is out of range; allowed is 0s to 1d: a scheduled VM job starts up to this long after its time (domain.md D6; default 2h).")]
    [InlineData("snapshotDuration: 2d", "settings.snapshotDuration", "'2d' is out of range; allowed is 1s to 1d: the Take Snapshot phase lasts this long (domain.md D7: minutes; default 10m).")]
    [InlineData("snapshotDuration: 99999999999999999999s", "settings.snapshotDuration", "'99999999999999999999s' is out of range; allowed is 1s to 1d: the Take Snapshot phase lasts this long (domain.md D7: minutes; default 10m).")]
    [InlineData("maxStartDelay: 36601d", "settings.maxStartDelay", "'36601d' is out of range; allowed is 0s to 1d: a scheduled VM job starts up to this long after its time (domain.md D6; default 2h).")]
    [InlineData("snapshotDuration: 0s", "settings.snapshotDuration", "'0s' is out of range; allowed is 1s to 1d: the Take Snapshot phase lasts this long (domain.md D7: minutes; default 10m).")]
    [InlineData("operationDuration: 30d", "settings.operationDuration", "'30d' is out of range; allowed is 1s to 1d: a management job (configure, switch policy, resume, disable, delete data, undelete) lasts this long, its item taking no other operation meanwhile (domain.md D7; default 30s).")]
    public void Should_RefuseASettingStatingItsRange_When_ItIsOutsideIt(string setting, string field, string message)
    {
        // Given
        var text = World + $"settings:\n  {setting}\n";

        // When
        var errors = ErrorsOf(text);

        // Then
        var error = errors.ShouldHaveSingleItem(Describe(errors));
        error.Field.ShouldBe(field);
        error.Message.ShouldBe(message);
    }

    [Fact]
    public void Should_AcceptSettings_When_TheyAreAtTheirBounds()
    {
        // Given
        var text = World + "settings:\n  maxStartDelay: 1d\n  snapshotDuration: 1d\n  operationDuration: 1s\n";

        // When
        var settings = ScenarioParser.Parse(text, File).Settings;

        // Then
        settings.MaxStartDelay.ShouldBe(Duration.FromDays(1));
        settings.SnapshotDuration.ShouldBe(Duration.FromDays(1));
        settings.OperationDuration.ShouldBe(Duration.FromSeconds(1));
    }

    [Fact]
    public void Should_AcceptNoStartDelay_When_MaxStartDelayIsZero()
    {
        // Given: every scheduled job on the dot, which makes a lesson's times exact
        var text = World + "settings:\n  maxStartDelay: 0s\n";

        // When
        var settings = ScenarioParser.Parse(text, File).Settings;

        // Then
        settings.MaxStartDelay.ShouldBe(Duration.Zero);
    }

    [Fact]
    public void Should_RefuseAnRpoMaxAge_When_ItIsZero()
    {
        // Given: no point is ever zero seconds old when it is checked, so the check could only fail
        var text = World + """
            expect:
              - rpo: { item: vm-web-01 }
                maxAge: 0s
            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        var error = errors.ShouldHaveSingleItem(Describe(errors));
        error.Field.ShouldBe("expect[0].maxAge");
        error.Message.ShouldBe("'0s' is too short; it must be at least 1m.");
    }
}
