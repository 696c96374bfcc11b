using Simulator.Core.Policies.AzureJson;

namespace Simulator.Tests.Policies;

/// <summary>A member whose name is a slip for one vaultsim reads is refused, as it would otherwise be passed over and
/// the policy read without it.</summary>
public sealed class PolicyJsonMisspeltMemberTests
{
    [Fact]
    public void Should_RefuseAMisspeltRule_When_ItWouldDropTheMonthlyRetention()
    {
        // Given
        var json = Sample("standard-weekly.json").Replace("\"monthlySchedule\"", "\"monthlySchedules\"", StringComparison.Ordinal);

        // When
        var error = Should.Throw<AzurePolicyJsonException>(() => AzurePolicyJson.Import(json, "weekly.json"));

        // Then
        error.Message.ShouldBe("weekly.json:36:27: properties.retentionPolicy.monthlySchedules: is not a member of an Azure policy; did you mean 'monthlySchedule'? As written, it would be passed over");
    }

    [Fact]
    public void Should_RefuseAMisspeltRule_When_TheExportLeavesTheRightMemberNull()
    {
        // Given a monthly rule added, misspelt, beside the null that `az backup policy show` writes for a rule the policy has not
        var json = Sample("standard-daily.json").Replace(
            "\"monthlySchedule\": null",
            "\"monthlySchedule\": null, \"monthlySchedules\": { \"retentionScheduleFormatType\": \"Weekly\" }",
            StringComparison.Ordinal);
        json.ShouldContain("monthlySchedules");

        // When
        var error = Should.Throw<AzurePolicyJsonException>(() => AzurePolicyJson.Import(json, "daily.json"));

        // Then
        error.Message.ShouldContain("properties.retentionPolicy.monthlySchedules: is not a member of an Azure policy; did you mean 'monthlySchedule'?");
    }

    [Fact]
    public void Should_RefuseAMisspeltTimeZone_When_ThePolicyWouldRunInUtc()
    {
        // Given
        var json = Sample("standard-weekly.json").Replace("\"timeZone\"", "\"timeZon\"", StringComparison.Ordinal);

        // When
        var error = Should.Throw<AzurePolicyJsonException>(() => AzurePolicyJson.Import(json, "weekly.json"));

        // Then
        error.Message.ShouldContain("properties.timeZon: is not a member of an Azure policy; did you mean 'timeZone'?");
    }

    [Fact]
    public void Should_ReadThePolicy_When_ItHasAzureMembersVaultsimDoesNotUse()
    {
        // Given members of a real export that vaultsim passes over, some a letter or two from those it reads
        var json = Sample("enhanced-daily.json").Replace("\"timeZone\"", "\"snapshotConsistencyType\": \"OnlyCrashConsistent\", \"scheduleWeeklyFrequency\": 0, \"timeZone\"", StringComparison.Ordinal);

        // When
        var policy = AzurePolicyJson.Import(json, "enhanced.json");

        // Then
        policy.Name.ShouldNotBeEmpty();
    }

    private static string Sample(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Policies", "Samples", file));
}
