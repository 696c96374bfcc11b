using Simulator.Core.DataSources;
using Simulator.Scenarios;
using Simulator.Scenarios.Parsing;

namespace Simulator.Tests.Scenarios;

public sealed class FleetTests
{
    private const string TwoRegions = """
        name: fleets
        seed: 8
        start: 2026-01-01T00:00:00Z
        duration: 1d
        vaults:
          - name: vault-weu
            region: westeurope
          - name: vault-neu
            region: northeurope
        fleets:
          - name: web
            count: 40
            namePattern: "vm-{word}-{n:00}"
            vaults: [vault-weu, vault-neu]
            os: { windows: 50, linux: 50 }
            agentMissing: 20
        """;

    [Fact]
    public void Should_SpreadAFleetOverItsVaults_EachVmInItsVaultsRegion()
    {
        var fleet = ScenarioParser.Parse(TwoRegions, "fleets.yaml").DataSources;

        fleet.Count.ShouldBe(40);
        fleet.Select(s => s.Vault).Distinct().Order().ShouldBe(["vault-neu", "vault-weu"]);
        fleet.ShouldAllBe(s => s.Vm!.Region == (s.Vault == "vault-weu" ? "westeurope" : "northeurope"));
        fleet.Select(s => s.Name).Distinct().Count().ShouldBe(40);
        fleet.Select(s => s.Vm!.Os).Distinct().Count().ShouldBe(2);
        fleet.Count(s => s.Vm!.AgentStatus == VmAgentStatus.Missing).ShouldBeInRange(2, 16);
    }

    [Fact]
    public void Should_GenerateTheSameFleet_When_TheSeedIsTheSame()
    {
        var first = ScenarioParser.Parse(TwoRegions, "fleets.yaml").DataSources;
        var second = ScenarioParser.Parse(TwoRegions, "fleets.yaml").DataSources;

        second.ShouldBe(first);
    }

    [Fact]
    public void Should_GenerateAnotherFleet_When_TheSeedDiffers()
    {
        var first = ScenarioParser.Parse(TwoRegions, "fleets.yaml").DataSources;
        var other = ScenarioParser.Parse(TwoRegions.Replace("seed: 8", "seed: 9", StringComparison.Ordinal), "fleets.yaml").DataSources;

        other.Select(s => s.Name).ShouldNotBe(first.Select(s => s.Name));
    }

    [Fact]
    public void Should_SayTheFleetsNamesComeFromTheRunsSeed_When_ANameTheFilesSeedGaveIsMissingUnderAnother()
    {
        // Given an expectation on a VM the file's seed 8 names, run under seed 9
        var named = ScenarioParser.Parse(TwoRegions, "fleets.yaml").DataSources[0].Name;
        var text = TwoRegions + $"\nexpect:\n  - noFailedJobs: {named}\n";
        ScenarioParser.Parse(TwoRegions, "fleets.yaml", seed: 9).DataSources.ShouldNotContain(s => s.Name == named);

        // When
        var errors = Should.Throw<ScenarioLoadException>(() => ScenarioParser.Parse(text, "fleets.yaml", seed: 9)).Errors;

        // Then the message says why the name is gone, not only that the file defines no such VM
        errors.ShouldHaveSingleItem().Message.ShouldEndWith("The fleets' names are drawn from this run's seed 9, not the file's 8, so a name the file's seed gives may not be among them.");
        Should.NotThrow(() => ScenarioParser.Parse(text, "fleets.yaml"));
    }

    [Fact]
    public void Should_GenerateTheFleetOfTheSeedGiven_When_ItOverridesTheFilesSeed()
    {
        // Given the file stating seed 9
        var stated = ScenarioParser.Parse(TwoRegions.Replace("seed: 8", "seed: 9", StringComparison.Ordinal), "fleets.yaml");

        // When the file stating seed 8 is read with seed 9
        var overridden = ScenarioParser.Parse(TwoRegions, "fleets.yaml", seed: 9);

        // Then it has the fleet of seed 9, and knows the seed its file states
        overridden.DataSources.ShouldBe(stated.DataSources);
        (overridden.Header.Seed, overridden.Header.FileSeed, overridden.Header.IsReseeded).ShouldBe((9L, 8L, true));
    }

    [Fact]
    public void Should_SayWhichSeedDrewAName_When_ASeedThatOverridesTheFilesDrawsOneAzureRefuses()
    {
        // Given a pattern one letter short of the longest name, whose file's seed draws only words of up to 9 letters
        var pattern = new string('v', 64 - 10 - 3) + "{word}-{n:00}";
        var text = TwoRegions.Replace("vm-{word}-{n:00}", pattern, StringComparison.Ordinal).Replace("count: 40", "count: 3", StringComparison.Ordinal);
        ScenarioParser.Parse(text, "fleets.yaml").DataSources.Count.ShouldBe(3);

        // When a seed that draws a longer word overrides it
        var error = Enumerable.Range(10, 200)
            .Select(seed => Record.Exception(() => ScenarioParser.Parse(text, "fleets.yaml", seed: seed)))
            .OfType<ScenarioLoadException>()
            .First();

        // Then the refusal names that seed, not the file's
        error.Errors[0].Message.ShouldMatch(@"^the pattern gives VM names Azure refuses, such as '[^']+' \(drawn from seed \d+, which overrides the file's 8\): ");
    }

    [Fact]
    public void Should_SuggestTheVaultMeant_When_AFleetsVaultIsMisspelt()
    {
        // Given
        var text = TwoRegions.Replace("    vaults: [vault-weu, vault-neu]", "    vault: vault-wue", StringComparison.Ordinal);

        // When
        var error = Should.Throw<ScenarioLoadException>(() => ScenarioParser.Parse(text, "fleets.yaml"));

        // Then
        error.Errors.ShouldHaveSingleItem().Message.ShouldBe("no vault named 'vault-wue' is defined. Did you mean 'vault-weu'? Vaults: vault-weu, vault-neu.");
    }

    [Fact]
    public void Should_SuggestThePolicyMeant_When_AFleetsPolicyIsMisspelt()
    {
        // Given
        var text = TwoRegions
            .Replace("    region: westeurope\n", "    region: westeurope\n    policies:\n      - name: Daily-2230\n        schedule: { frequency: Daily, times: [\"22:30\"] }\n        retention: { daily: { days: 14 } }\n", StringComparison.Ordinal)
            .Replace("    vaults: [vault-weu, vault-neu]", "    vault: vault-weu\n    policy: Daily-223", StringComparison.Ordinal);

        // When
        var error = Should.Throw<ScenarioLoadException>(() => ScenarioParser.Parse(text, "fleets.yaml"));

        // Then
        error.Errors.ShouldHaveSingleItem().Message.ShouldBe("vault 'vault-weu' has no policy 'Daily-223'. Did you mean 'Daily-2230'? Its policies: DefaultPolicy, Daily-2230.");
    }

    [Theory]
    [InlineData("usedGb: [0, 100]", "fleets[0].usedGb[0]: 0 is out of range; allowed is 1 to 1000000 GB.")]
    [InlineData("churnGb: [1, 200000]", "fleets[0].churnGb[1]: 200000 is out of range; allowed is 0 to 100000 GB.")]
    [InlineData("throughputMBps: [0, 60]", "fleets[0].throughputMBps[0]: 0 is out of range; allowed is 0.001 to 100000 MB/s.")]
    public void Should_SayTheUnitOfARangesBounds_When_AValueIsOutOfThem(string range, string expected)
    {
        // Given
        var text = TwoRegions.Replace("    agentMissing: 20", $"    agentMissing: 20\n    {range}", StringComparison.Ordinal);

        // When
        var error = Should.Throw<ScenarioLoadException>(() => ScenarioParser.Parse(text, "fleets.yaml"));

        // Then
        var only = error.Errors.ShouldHaveSingleItem();
        $"{only.Field}: {only.Message}".ShouldBe(expected);
    }

    [Theory]
    [InlineData("vm-{n:00", "the pattern holds a brace that is not one of its placeholders")]
    [InlineData("vm-{bogus}-{n}", "the pattern holds a brace that is not one of its placeholders")]
    [InlineData("vm-{n:0x0}", "the pattern holds a brace that is not one of its placeholders")]
    [InlineData("vm-{word}", "the pattern must contain {n}")]
    public void Should_NameThePatternsField_When_ItsPlaceholdersAreWrong(string pattern, string problem)
    {
        var text = TwoRegions.Replace("vm-{word}-{n:00}", pattern, StringComparison.Ordinal);

        var error = Should.Throw<ScenarioLoadException>(() => ScenarioParser.Parse(text, "fleets.yaml"));

        var first = error.Errors[0];
        (first.Line, first.Field).ShouldBe((13, "fleets[0].namePattern"));
        first.Message.ShouldStartWith(problem);
        error.Errors.Count(e => e.Field.EndsWith(".name", StringComparison.Ordinal)).ShouldBe(0, "no VM is generated from a broken pattern");
    }

    [Fact]
    public void Should_RefuseAPolicy_When_TheFleetHasNoVaultToBeProtectedIn()
    {
        var text = TwoRegions + """

              - name: spare
                count: 5
                namePattern: "spare-{n}"
                regions: [westeurope]
                policy: DefaultPolicy
            """;

        var error = Should.Throw<ScenarioLoadException>(() => ScenarioParser.Parse(text, "fleets.yaml"));

        var only = error.Errors.ShouldHaveSingleItem();
        (only.Field, only.Message).ShouldBe(("fleets[1].policy", "a policy needs a 'vault' (or 'vaults') to protect the fleet in."));
    }

    [Theory]
    [InlineData("vaults: [vault-weu, vault-neu, VAULT-WEU]", "fleets[1].vaults[2]", "vault 'VAULT-WEU' is listed twice")]
    [InlineData("regions: [westeurope, eastus, westeurope]", "fleets[1].regions[2]", "region 'westeurope' is listed twice")]
    public void Should_RefuseAVaultOrRegionListedTwice_When_ItWouldSilentlyGetTwiceItsShare(string list, string field, string problem)
    {
        var text = TwoRegions + $$"""

              - name: spare
                count: 5
                namePattern: "spare-{n}"
                {{list}}
            """;

        var error = Should.Throw<ScenarioLoadException>(() => ScenarioParser.Parse(text, "fleets.yaml"));

        var only = error.Errors.ShouldHaveSingleItem();
        (only.Field, only.Line).ShouldBe((field, 20));
        only.Message.ShouldStartWith(problem);
        only.Message.ShouldEndWith("so it would get twice its share. List it once.");
    }

    [Fact]
    public void Should_RefuseAFleet_When_ItGivesBothVaultAndVaults()
    {
        // Given: only one of the two would be read, and the other's VMs placed elsewhere without a word
        var text = TwoRegions + """

              - name: spare
                count: 5
                namePattern: "spare-{n}"
                vault: vault-weu
                vaults: [vault-neu]
            """;

        // When
        var error = Should.Throw<ScenarioLoadException>(() => ScenarioParser.Parse(text, "fleets.yaml"));

        // Then
        var only = error.Errors.ShouldHaveSingleItem();
        (only.Field, only.Line).ShouldBe(("fleets[1].vaults", 21));
        only.Message.ShouldBe("give either 'vault' (one vault) or 'vaults' (a list to draw from), not both.");
    }

    [Fact]
    public void Should_ReportOneClashPerFleet_When_TwoFleetsMakeTheSameNames()
    {
        var text = TwoRegions + """

              - name: db
                count: 40
                namePattern: "vm-{n:00}"
                vault: vault-weu
              - name: db2
                count: 40
                namePattern: "vm-{n:00}"
                vault: vault-weu
            """;

        var error = Should.Throw<ScenarioLoadException>(() => ScenarioParser.Parse(text, "fleets.yaml"));

        error.Errors.ShouldHaveSingleItem().Message.ShouldBe("'vm-01', a VM of fleet 'db2', is already the name of a VM of fleet 'db' (fleets[1] at line 17); " + "the names of VMs and MARS servers are unique, whatever their case: rename one of the two.");
    }

    [Fact]
    public void Should_RefuseASecondFleetOfTheSameName()
    {
        var text = TwoRegions + """

              - name: WEB
                count: 2
                namePattern: "other-{n}"
                vault: vault-weu
            """;

        var error = Should.Throw<ScenarioLoadException>(() => ScenarioParser.Parse(text, "fleets.yaml"));

        var only = error.Errors.ShouldHaveSingleItem();
        (only.Field, only.Message).ShouldBe(("fleets[1].name", "'WEB' is already the name of fleets[0] at line 11 ('web'); fleet names are unique, whatever their case: rename one of the two."));
    }

    [Fact]
    public void Should_SayOnceThatAFleetsNameIsNoText()
    {
        var text = TwoRegions.Replace("  - name: web", "  - name: [web]", StringComparison.Ordinal);

        var error = Should.Throw<ScenarioLoadException>(() => ScenarioParser.Parse(text, "fleets.yaml"));

        error.Errors.Where(e => e.Field == "fleets[0].name").ShouldHaveSingleItem().Message.ShouldBe("expected a text value, found a list.");
    }

    [Fact]
    public void Should_ListDefinedNamesThatHoldBraces_When_AStepNamesAnUnknownVm()
    {
        var text = TwoRegions + """

            vms:
              - name: "odd-{0}"
                region: westeurope
            timeline:
              - at: +1h
                do: deleteVm
                item: nobody
            """;

        var error = Should.Throw<ScenarioLoadException>(() => ScenarioParser.Parse(text, "fleets.yaml"));

        error.Errors.ShouldHaveSingleItem().Message.ShouldStartWith("no VM or server named 'nobody' is defined. Defined: ");
    }
}
