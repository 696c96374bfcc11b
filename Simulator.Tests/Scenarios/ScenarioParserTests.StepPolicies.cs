using Simulator.Scenarios.Parsing;

namespace Simulator.Tests.Scenarios;

/// <summary>A policy a step names is one the item can take, held by a vault it can have an item in by then, and an update keeps a
/// policy's kind: <c>validate</c> says so rather than the run.</summary>
public sealed partial class ScenarioParserTests
{
    [Theory]
    [InlineData("changePolicy", "vm-web-01", "Files", "policy 'Files' is a MARS policy; an Azure VM needs a Standard or Enhanced policy.")]
    [InlineData("resumeProtection", "vm-web-01", "Files", "policy 'Files' is a MARS policy; an Azure VM needs a Standard or Enhanced policy.")]
    [InlineData("changePolicy", "fs-01", "Gold", "policy 'Gold' is a Standard policy for Azure VMs; a MARS agent's files and folders need a MARS policy.")]
    [InlineData("changePolicy", "fs-01", "DefaultPolicy", "policy 'DefaultPolicy' is a Standard policy for Azure VMs; a MARS agent's files and folders need a MARS policy.")]
    public void Should_RefuseAPolicyStepAtThePolicy_When_ThePolicyIsOfAKindTheItemCannotTake(string verb, string item, string policy, string message)
    {
        // Given
        var text = EstateWith($"  - at: +1d\n    do: {verb}\n    item: {item}\n    policy: {policy}\n");

        // When
        var errors = ErrorsOf(text);

        // Then
        var error = errors.ShouldHaveSingleItem(Describe(errors));
        error.Field.ShouldBe("timeline[0].policy");
        error.Message.ShouldBe(message);
    }

    [Theory]
    [InlineData("vm-web-01", "no policy named 'Silver' is defined in vault 'vault-weu', where 'vm-web-01' has its item by this step. Its policies: DefaultPolicy, Gold, Files.")]
    [InlineData("vault-weu/vm-web-01", "no policy named 'Silver' is defined in vault 'vault-weu'. Its policies: DefaultPolicy, Gold, Files.")]
    public void Should_RefuseChangePolicyAtThePolicy_When_OnlyAVaultWithoutTheItemHasThePolicy(string item, string message)
    {
        // Given: Silver is vault-neu's, and vm-web-01 is only ever protected in vault-weu
        var text = EstateWith($"  - at: +1d\n    do: changePolicy\n    item: {item}\n    policy: Silver\n");

        // When
        var errors = ErrorsOf(text);

        // Then
        var error = errors.ShouldHaveSingleItem(Describe(errors));
        error.Field.ShouldBe("timeline[0].policy");
        error.Message.ShouldBe(message);
    }

    [Theory]
    [InlineData("changePolicy", "item: vm-web-01", "Goldd", "no policy named 'Goldd' is defined. Did you mean 'Gold'? Policies: DefaultPolicy, Gold, Files, Bronze, Silver.")]
    [InlineData("resumeProtection", "item: vm-web-01", "Platinum", "no policy named 'Platinum' is defined. Policies: DefaultPolicy, Gold, Files, Bronze, Silver.")]
    [InlineData("configureProtection", "item: vm-app-01\n    vault: vault-weu", "DefaultPolicyy", "no policy named 'DefaultPolicyy' is defined in vault 'vault-weu'. Did you mean 'DefaultPolicy'? Its policies: DefaultPolicy, Gold, Files.")]
    [InlineData("resavePolicy", "vault: vault-weu-2", "Bronz", "no policy named 'Bronz' is defined in vault 'vault-weu-2'. Did you mean 'Bronze'? Its policies: DefaultPolicy, Bronze.")]
    public void Should_SayThePoliciesThereAreAndTheOneMeant_When_AStepNamesAPolicyNoVaultHolds(string verb, string subject, string policy, string message)
    {
        // Given a policy name that is a slip, or no name the file defines
        var text = EstateWith($"  - at: +1d\n    do: {verb}\n    {subject}\n    policy: {policy}\n");

        // When
        var errors = ErrorsOf(text);

        // Then the trainer reads what to write instead, as for a vault or a VM named wrongly
        var error = errors.ShouldHaveSingleItem(Describe(errors));
        error.Field.ShouldBe("timeline[0].policy");
        error.Message.ShouldBe(message);
    }

    [Fact]
    public void Should_AcceptChangePolicyToAnotherVaultsPolicy_When_AStepAboveProtectsTheVmThere()
    {
        // Given: vm-web-01's backup reconfigured in vault-weu-2, whose Bronze it then takes
        var text = EstateWith("""
              - at: +1d
                do: stopProtection
                item: vm-web-01
                mode: retainAsPerPolicy
              - at: +1h
                do: configureProtection
                item: vm-web-01
                vault: vault-weu-2
              - at: +1d
                do: changePolicy
                item: vm-web-01
                policy: Bronze

            """);

        // When
        var definition = ScenarioParser.Parse(text, File);

        // Then
        definition.Steps[2].Action!.Policy.ShouldBe("Bronze");
    }

    [Theory]
    [InlineData("kind: Enhanced\n      ", "timeline[0].policy.kind", "Gold", "'Gold' is a Standard policy and an update can't make it Enhanced; save the Enhanced policy under another name.")]
    [InlineData("kind: Standard\n      ", "timeline[0].policy.kind", "Files", "'Files' is a MARS policy and an update can't make it Standard; save the Standard policy under another name.")]
    public void Should_RefuseUpdatePolicy_When_TheUpdateChangesThePolicysKind(string kind, string field, string policy, string message)
    {
        // Given
        var text = EstateWith($$"""
              - at: +1d
                do: updatePolicy
                vault: vault-weu
                policy:
                  name: {{policy}}
                  {{kind}}schedule: { frequency: Daily, times: ["04:00"] }
                  retention: { daily: { days: 7 } }

            """);

        // When
        var errors = ErrorsOf(text);

        // Then
        var error = errors.ShouldHaveSingleItem(Describe(errors));
        error.Field.ShouldBe(field);
        error.Message.ShouldBe(message);
    }

    [Fact]
    public void Should_KeepThePolicysKind_When_AnUpdateNamesNone()
    {
        // Given an update of the MARS policy Files that says no kind
        var text = EstateWith("""
              - at: +1d
                do: updatePolicy
                vault: vault-weu
                policy:
                  name: Files
                  schedule: { frequency: Daily, times: ["04:00"] }
                  retention: { daily: { days: 7 } }

            """);

        // When
        var definition = ScenarioParser.Parse(text, File);

        // Then it updates Files as the MARS policy it is, rather than being refused for a Standard one
        definition.Steps[0].Action!.NewPolicy!.Kind.ShouldBe(Simulator.Core.Policies.PolicyKind.Mars);
    }

    [Fact]
    public void Should_JudgeALaterStepByTheUpdatedPolicy_When_AnUpdatePolicyStepAboveAddsIt()
    {
        // Given: vault-weu gains a MARS policy, then a VM is switched to it
        var text = EstateWith("""
              - at: +1d
                do: updatePolicy
                vault: vault-weu
                policy:
                  name: MoreFiles
                  kind: Mars
                  schedule: { frequency: Daily, times: ["04:00"] }
                  retention: { daily: { days: 7 } }
              - at: +1h
                do: changePolicy
                item: vm-web-01
                policy: MoreFiles

            """);

        // When
        var errors = ErrorsOf(text);

        // Then
        var error = errors.ShouldHaveSingleItem(Describe(errors));
        error.Field.ShouldBe("timeline[1].policy");
        error.Message.ShouldBe("policy 'MoreFiles' is a MARS policy; an Azure VM needs a Standard or Enhanced policy.");
    }
}
