namespace Simulator.Tests.Scenarios;

/// <summary>YAML 1.2 reads <c>.inf</c>, <c>-.inf</c> and <c>.nan</c> as floats: a field that takes a number tells them
/// its range, as it tells any number out of it, rather than that they are no number.</summary>
public sealed partial class ScenarioParserTests
{
    [Theory]
    [InlineData("throughputMBps: .inf", "check.yaml:15:21: vms[0].throughputMBps: '.inf' is infinite; write a finite number from 0.001 to 100000 MB/s.")]
    [InlineData("throughputMBps: -.INF", "check.yaml:15:21: vms[0].throughputMBps: '-.INF' is infinite; write a finite number from 0.001 to 100000 MB/s.")]
    [InlineData("usedGb: .nan", "check.yaml:15:13: vms[0].usedGb: '.nan' is not a number; write a finite number from 0 to 1000000 GB.")]
    [InlineData("churnGb: !!float .NaN", "check.yaml:15:14: vms[0].churnGb: '.NaN' is not a number; write a finite number from 0 to 100000 GB.")]
    [InlineData("usedGb: Infinity", "check.yaml:15:13: vms[0].usedGb: 'Infinity' is infinite; write a finite number from 0 to 1000000 GB.")]
    public void Should_NameTheRange_When_ANumberIsInfiniteOrNaN(string written, string expected)
    {
        // Given
        var text = World.Replace("    policy: Gold", $"    policy: Gold\n    {written}", StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.ShouldHaveSingleItem(Describe(errors)).ToString().ShouldBe(expected);
    }

    [Fact]
    public void Should_NameTheRange_When_AFleetRangeIsInfinite()
    {
        // Given
        var text = World.Replace("    count: 3", "    count: 3\n    throughputMBps: [10, .inf]", StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.ShouldHaveSingleItem(Describe(errors)).ToString().ShouldBe("check.yaml:18:26: fleets[0].throughputMBps[1]: '.inf' is infinite; write a finite number from 0.001 to 100000 MB/s.");
    }

    [Fact]
    public void Should_SayOutOfRange_When_ANumeralIsTooLargeForADouble()
    {
        // Given a numeral a double reads as infinite: a number, only too large
        var text = World.Replace("    policy: Gold", "    policy: Gold\n    usedGb: 1e999", StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.ShouldHaveSingleItem(Describe(errors)).Message.ShouldBe("1e999 is out of range; allowed is 0 to 1000000 GB.");
    }
}
