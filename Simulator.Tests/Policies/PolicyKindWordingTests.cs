using NodaTime;
using Simulator.Core.Policies;
using Simulator.Core.Policies.AzureJson;
using Simulator.Core.Service;
using Simulator.Scenarios;
using Simulator.Scenarios.Parsing;
using Simulator.Tests.Support;

namespace Simulator.Tests.Policies;

/// <summary>Messages that name a policy's kind say "an Enhanced policy", never "a Enhanced policy".</summary>
public sealed class PolicyKindWordingTests
{
    [Fact]
    public void Should_SayAnEnhancedPolicy_When_AnEnhancedPolicyGivesTwoRunTimes()
    {
        // Given
        var policy = TestPolicies.EnhancedDaily() with { Schedule = BackupSchedule.Daily(new LocalTime(2, 0), new LocalTime(4, 0)) };

        // When
        var problem = PolicyValidator.Validate(policy).ShouldHaveSingleItem();

        // Then
        problem.Allowed.ShouldBe("exactly 1 run time a day for an Enhanced policy");
    }

    [Fact]
    public void Should_SayAnEnhancedPolicy_When_AV2PolicyJsonHasAV1Schedule()
    {
        // Given an Enhanced policy (policyType V2) whose schedule is the Standard type
        var json = Sample("enhanced-daily.json").Replace("\"SimpleSchedulePolicyV2\"", "\"SimpleSchedulePolicy\"", StringComparison.Ordinal);

        // When
        var error = Should.Throw<AzurePolicyJsonException>(() => AzurePolicyJson.Import(json, "enhanced.json"));

        // Then
        error.Message.ShouldContain("'SimpleSchedulePolicy' does not fit an Enhanced policy; allowed is SimpleSchedulePolicyV2");
    }

    [Fact]
    public void Should_SayAMarsAgentNeverRunsHourly_When_AMarsPolicyJsonAsksForHourly()
    {
        // Given the MARS sample made hourly, which Azure's MARS agent does not offer (domain.md §3)
        var json = Sample("mars-seed-004.json").Replace("\"scheduleRunFrequency\": \"Daily\"", "\"scheduleRunFrequency\": \"Hourly\"", StringComparison.Ordinal);

        // When
        var error = Should.Throw<AzurePolicyJsonException>(() => AzurePolicyJson.Import(json, "mars.json"));

        // Then it is not pointed to an Enhanced policy, which a MARS agent can't have either
        error.Message.ShouldContain("a MARS agent backs up daily or weekly, at up to three times of day, never hourly; allowed is Daily or Weekly");
        error.Message.ShouldNotContain("Enhanced");
    }

    [Fact]
    public void Should_SayAMarsPolicyHasNoEnhancedKind_When_AMarsPolicyJsonHasAV2Schedule()
    {
        var json = Sample("mars-seed-004.json").Replace("\"SimpleSchedulePolicy\"", "\"SimpleSchedulePolicyV2\"", StringComparison.Ordinal);

        var error = Should.Throw<AzurePolicyJsonException>(() => AzurePolicyJson.Import(json, "mars.json"));

        error.Message.ShouldContain("'SimpleSchedulePolicyV2' does not fit a MARS policy; allowed is SimpleSchedulePolicy (a MARS policy has no Enhanced kind)");
    }

    [Fact]
    public void Should_SayAnEnhancedPolicy_When_AnEnhancedPolicyIsAskedOfAMarsServer()
    {
        // Given
        var world = MarsWorld.Create(Instant.FromUtc(2026, 6, 1, 0, 0), TestPolicies.MarsSeed004());

        // When
        var refusal = world.Simulation.PolicyRefusal(world.Server, TestPolicies.EnhancedDaily());

        // Then
        refusal.ShouldBe("policy 'enhanced-daily' is an Enhanced policy for Azure VMs; a MARS agent's files and folders need a MARS policy.");
    }

    [Fact]
    public void Should_SayAnEnhancedPolicy_When_AnUpdateWouldMakeAnEnhancedPolicyStandard()
    {
        // Given an Enhanced policy in the vault
        var world = new TestWorld();
        world.Simulation.SavePolicy(world.Vault, TestPolicies.EnhancedDaily());

        // When it is saved again as a Standard policy
        var refusal = Should.Throw<OperationRefusedException>(() => world.Simulation.SavePolicy(world.Vault, TestPolicies.StandardDaily() with { Name = "enhanced-daily" }));

        // Then
        refusal.Reason.ShouldBe("'enhanced-daily' is an Enhanced policy and an update can't make it Standard; save the Standard policy under another name.");
    }

    [Fact]
    public void Should_SayAnEnhancedPolicy_When_AScenarioGivesAMarsServerAnEnhancedPolicy()
    {
        // Given
        const string text = """
            name: check
            start: 2026-01-05T00:00:00Z
            duration: 7d
            vaults:
              - name: vault-weu
                region: westeurope
                policies:
                  - name: Gold
                    kind: Enhanced
                    schedule: { frequency: Daily, times: ["02:00"] }
                    retention: { daily: { days: 30 } }
            marsServers:
              - name: fs-01
                vault: vault-weu
                policy: Gold
            """;

        // When
        var errors = Should.Throw<ScenarioLoadException>(() => ScenarioParser.Parse(text, "check.yaml")).Errors;

        // Then
        errors.ShouldHaveSingleItem().Message.ShouldBe("'Gold' is an Enhanced policy; a MARS server needs a policy of kind Mars.");
    }

    private static string Sample(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Policies", "Samples", file));
}
