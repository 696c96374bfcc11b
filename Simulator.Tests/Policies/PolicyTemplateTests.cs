using Simulator.Core.Policies.AzureJson;

namespace Simulator.Tests.Policies;

/// <summary>An ARM deployment template whose resources hold backup policies, as an admin exports a vault's.</summary>
public sealed class PolicyTemplateTests
{
    private const string Template = """
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "resources": [
            { "type": "Microsoft.RecoveryServices/vaults", "apiVersion": "2023-01-01", "name": "vault1", "location": "westeurope" },
            {
              "type": "Microsoft.RecoveryServices/vaults/backupPolicies",
              "apiVersion": "2023-01-01",
              "name": "vault1/DailyPolicy",
              "properties": {
                "backupManagementType": "AzureIaasVM",
                "instantRpRetentionRangeInDays": 2,
                "schedulePolicy": { "schedulePolicyType": "SimpleSchedulePolicy", "scheduleRunFrequency": "Daily", "scheduleRunTimes": [ "2016-09-21T05:30:00Z" ] },
                "retentionPolicy": {
                  "retentionPolicyType": "LongTermRetentionPolicy",
                  "dailySchedule": { "retentionTimes": [ "2016-09-21T05:30:00Z" ], "retentionDuration": { "count": 104, "durationType": "Days" } }
                },
                "timeZone": "UTC"
              }
            }
          ]
        }
        """;

    [Fact]
    public void Should_ReadTheBackupPolicyResources_When_TheFileIsADeploymentTemplate()
    {
        // When
        var policies = AzurePolicyJson.ImportAll(Template, "template.json");

        // Then
        var policy = policies.ShouldHaveSingleItem();
        policy.Name.ShouldBe("DailyPolicy");
        policy.Retention.Daily!.Days.ShouldBe(104);
        AzurePolicyJson.Place(Template, "template.json", 0, "properties.timeZone").ShouldBe("template.json:18:21");
    }

    [Fact]
    public void Should_ReadTheBackupPolicyResources_When_TheTemplateKeysItsResourcesBySymbolicName()
    {
        // Given a template of languageVersion 2.0, as Bicep writes one: its resources an object, not a list
        var json = Template
            .Replace("\"resources\": [", "\"languageVersion\": \"2.0\",\n  \"resources\": {", StringComparison.Ordinal)
            .Replace("{ \"type\": \"Microsoft.RecoveryServices/vaults\",", "\"vault\": { \"type\": \"Microsoft.RecoveryServices/vaults\",", StringComparison.Ordinal)
            .Replace("    {\n      \"type\": \"Microsoft.RecoveryServices/vaults/backupPolicies\"", "    \"daily\": {\n      \"type\": \"Microsoft.RecoveryServices/vaults/backupPolicies\"", StringComparison.Ordinal);
        json = json[..json.LastIndexOf(']')] + "}" + json[(json.LastIndexOf(']') + 1)..];

        // When
        var policy = AzurePolicyJson.ImportAll(json, "template.json").ShouldHaveSingleItem();

        // Then
        policy.Name.ShouldBe("DailyPolicy");
        policy.Retention.Daily!.Days.ShouldBe(104);
    }

    [Fact]
    public void Should_ReadTheBackupPolicyResources_When_ANestedDeploymentHoldsThem()
    {
        // Given the template inside a deployment resource, as a Bicep module compiles to
        var inner = Template.Replace("\"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\",\n  ", string.Empty, StringComparison.Ordinal);
        var json = "{ \"resources\": [ { \"type\": \"Microsoft.Resources/deployments\", \"apiVersion\": \"2022-09-01\", \"name\": \"policies\",\n"
            + "\"properties\": { \"mode\": \"Incremental\", \"template\": " + inner + " } } ] }";

        // When
        var policy = AzurePolicyJson.ImportAll(json, "template.json").ShouldHaveSingleItem();

        // Then
        policy.Name.ShouldBe("DailyPolicy");
    }

    [Fact]
    public void Should_SayTheTemplateHoldsNoPolicy_When_ItsResourcesHaveNoBackupPolicy()
    {
        // Given
        var json = Template.Replace("vaults/backupPolicies", "vaults/backupFabrics", StringComparison.Ordinal);

        // When
        var error = Should.Throw<AzurePolicyJsonException>(() => AzurePolicyJson.ImportAll(json, "template.json"));

        // Then
        error.Message.ShouldBe("template.json:4:16: resources: holds no resource of type Microsoft.RecoveryServices/vaults/backupPolicies; allowed is a template with one, a policy object, or an array of them");
    }

    [Theory]
    [InlineData("vault1/DailyPolicy")]
    [InlineData("[concat(parameters('vaultName'), '/DailyPolicy')]")]
    [InlineData("[format('{0}/{1}', parameters('vaultName'), 'DailyPolicy')]")]
    public void Should_NameThePolicyAsItsVaultDoes_When_AResourceNamesItAfterItsVault(string resourceName)
    {
        // Given a template's resource, named as ARM names a vault's child: VAULT/POLICY, or an expression that makes it
        var json = Template.Replace("\"vault1/DailyPolicy\"", System.Text.Json.JsonSerializer.Serialize(resourceName), StringComparison.Ordinal);

        // When
        var policy = AzurePolicyJson.ImportAll(json, "template.json").ShouldHaveSingleItem();

        // Then
        policy.Name.ShouldBe("DailyPolicy");
    }

    [Fact]
    public void Should_SayAnExpressionIsNotEvaluated_When_ATemplateTakesAValueFromAParameter()
    {
        // Given
        var json = Template.Replace("\"timeZone\": \"UTC\"", "\"timeZone\": \"[parameters('timeZone')]\"", StringComparison.Ordinal);

        // When
        var error = Should.Throw<AzurePolicyJsonException>(() => AzurePolicyJson.ImportAll(json, "template.json"));

        // Then
        error.Message.ShouldBe("template.json:18:21: resources[1].properties.timeZone: '[parameters('timeZone')]' is an ARM template expression, which vaultsim does not evaluate; write its value, as the deployment gives it");
    }
}
