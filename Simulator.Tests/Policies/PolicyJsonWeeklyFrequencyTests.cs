using Simulator.Core.Policies.AzureJson;

namespace Simulator.Tests.Policies;

/// <summary>A weekly schedule run every other week (<c>scheduleWeeklyFrequency</c>, seed 004's "every alternate Sunday &amp;
/// Wednesday") is not simulated, so it is refused rather than run every week.</summary>
public sealed class PolicyJsonWeeklyFrequencyTests
{
    private const string Path = "properties.schedulePolicy.scheduleWeeklyFrequency";

    [Fact]
    public void Should_RefuseTheFileAtTheField_When_AWeeklyScheduleRunsEverySecondWeek()
    {
        // Given a weekly policy set to run every second week
        var json = File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "Policies", "Samples", "standard-weekly.json"))
            .Replace("\"scheduleWeeklyFrequency\": 0", "\"scheduleWeeklyFrequency\": 2", StringComparison.Ordinal);

        // When
        var error = Should.Throw<AzurePolicyJsonException>(() => AzurePolicyJson.Import(json, "alternate.json"));

        // Then
        error.JsonPath.ShouldBe(Path);
        error.Message.ShouldBe($"alternate.json:18:34: {Path}: every 2 weeks is not simulated; allowed is 0 or 1, every week");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Should_ReadTheWeeklySchedule_When_ItRunsEveryWeek(int frequency)
    {
        // Given
        var json = File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "Policies", "Samples", "standard-weekly.json"))
            .Replace("\"scheduleWeeklyFrequency\": 0", $"\"scheduleWeeklyFrequency\": {frequency}", StringComparison.Ordinal);

        // When
        var policy = AzurePolicyJson.Import(json, "weekly.json");

        // Then
        policy.Schedule.Days.Count.ShouldBe(3);
    }
}
