using Simulator.Tests.Support;

namespace Simulator.Tests.Cli;

/// <summary><c>vaultsim show</c>: one fixed-column line per event, the vault/item column as wide as the run's longest name.</summary>
public sealed class ShowCommandTests : IDisposable
{
    private const string Start = "2026-01-01T00:00:00Z  ";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Should_KeepEveryLineAligned_When_AVaultItemIsLongerThan34Characters()
    {
        // Given a 46-character vault/item
        var path = Write("vault-westeurope-production", "vm-frontend-web-01");

        // When
        var lines = Show(path);

        // Then
        lines[1].ShouldBe($"{"# time (UTC)",-20}  {"vault/item",-46} {"job",-8}  {"what",-22} state");
        lines.ShouldContain($"{Start}{"vault-westeurope-production",-46} -         Vault created          westeurope GeoRedundant");
        lines.ShouldContain($"{Start}vault-westeurope-production/vm-frontend-web-01 -         Protection configured  DefaultPolicy");
        Events(lines).ShouldAllBe(l => l[22 + 46] == ' ' && l[22 + 46 + 1 + 8] == ' ');
    }

    [Fact]
    public void Should_FitAVaultAStepProtectsTheVmInLater()
    {
        // Given a VM with no vault at the start, protected by a step in a vault of its region with a longer name
        var path = Write("vault-a", "vm-frontend-web-01", """
            timeline:
              - at: +1h
                do: configureProtection
                item: vm-frontend-web-01
                vault: vault-westeurope-production
                policy: DefaultPolicy
            """, extraVault: "vault-westeurope-production", protectAtStart: false);

        // When
        var lines = Show(path);

        // Then
        lines.ShouldContain($"2026-01-01T01:00:00Z  vault-westeurope-production/vm-frontend-web-01 -         Protection configured  DefaultPolicy");
        Events(lines).ShouldAllBe(l => l[22 + 46] == ' ');
    }

    [Fact]
    public void Should_CutANameInTheMiddle_When_ItIsLongerThanTheWidestColumn()
    {
        // Given the longest names Azure allows: a 50-character vault and a 64-character VM
        var vault = "v" + new string('a', 48) + "z";
        var vm = "vm-" + new string('b', 50) + "-web-01-end";
        var path = Write(vault, vm);

        // When
        var lines = Show(path);

        // Then the column stops at 64, keeping the name's start and end around "..."
        var cut = $"{vault[..30]}...{(vault + "/" + vm)[^31..]}";
        cut.Length.ShouldBe(64);
        lines.ShouldContain($"{Start}{cut} -         Protection configured  DefaultPolicy");
        lines.ShouldContain($"{Start}{vm,-64} -         Azure VM added         westeurope");
        Events(lines).ShouldAllBe(l => l[22 + 64] == ' ' && l[22 + 64 + 1 + 8] == ' ');
    }

    [Fact]
    public void Should_PutEachLabelOfTheHeadingOverItsColumn()
    {
        // Given a 46-character vault/item, and its backup's job
        var path = Write("vault-westeurope-production", "vm-frontend-web-01", """
            timeline:
              - at: +1h
                do: backupNow
                item: vm-frontend-web-01
            """);

        // When
        var lines = Show(path);

        // Then the vault/item, job, what and state of a line start where their labels do
        var heading = lines[1];
        var job = lines.First(l => l.Contains("Take Snapshot", StringComparison.Ordinal));
        var jobId = job.Split(' ', StringSplitOptions.RemoveEmptyEntries)[2];
        job.IndexOf("vault-westeurope-production/", StringComparison.Ordinal).ShouldBe(heading.IndexOf("vault/item", StringComparison.Ordinal));
        job.IndexOf(jobId, StringComparison.Ordinal).ShouldBe(heading.IndexOf("job", StringComparison.Ordinal));
        job.IndexOf("Take Snapshot", StringComparison.Ordinal).ShouldBe(heading.IndexOf("what", StringComparison.Ordinal));
        job.IndexOf("InProgress", StringComparison.Ordinal).ShouldBe(heading.IndexOf("state", StringComparison.Ordinal));
        heading.ShouldStartWith("# time (UTC)");
    }

    [Fact]
    public void Should_FitTheWhatColumnToTheLongestPolicyName()
    {
        // Given a policy whose what text ("Policy " and its name) is 40 characters, saved by a step
        var policy = "Enhanced-Hourly-Window-08-To-20-K";
        var path = Write("vault-a", "vm-web-01", $$"""
            timeline:
              - at: +1h
                do: updatePolicy
                vault: vault-a
                policy: { name: {{policy}}, schedule: { frequency: Daily, times: ["03:00"] }, retention: { daily: { days: 7 } } }
            """);

        // When
        var lines = Show(path);

        // Then every state starts in the same column, after the policy's what
        lines[1].ShouldBe($"{"# time (UTC)",-20}  {"vault/item",-34} {"job",-8}  {"what",-40} state");
        lines.ShouldContain(l => l.StartsWith($"2026-01-01T01:00:00Z  {"vault-a",-34} -         Policy {policy} Standard daily", StringComparison.Ordinal));
        lines.ShouldContain($"{Start}{"vault-a/vm-web-01",-34} -         {"Protection configured",-40} DefaultPolicy");
        Events(lines).ShouldAllBe(l => l[22 + 34 + 1 + 8 + 2 + 40] == ' ');
    }

    [Fact]
    public void Should_CutAWhatInTheMiddle_When_ItIsLongerThanTheWidestColumn()
    {
        // Given a policy whose what text is 69 characters
        var policy = "Gold-" + new string('x', 53) + "-end";
        var path = Write("vault-a", "vm-web-01", $$"""
            timeline:
              - at: +1h
                do: updatePolicy
                vault: vault-a
                policy: { name: {{policy}}, schedule: { frequency: Daily, times: ["03:00"] }, retention: { daily: { days: 7 } } }
            """);

        // When
        var lines = Show(path);

        // Then the column stops at 48, keeping the what's start and end around "..."
        var cut = $"{("Policy " + policy)[..22]}...{policy[^23..]}";
        cut.Length.ShouldBe(48);
        lines.ShouldContain(l => l.StartsWith($"2026-01-01T01:00:00Z  {"vault-a",-34} -         {cut} Standard daily", StringComparison.Ordinal));
        Events(lines).ShouldAllBe(l => l[22 + 34 + 1 + 8 + 2 + 48] == ' ');
    }

    [Fact]
    public void Should_NameTheVault_When_AnEventIsTheVaultsOwn()
    {
        // Given a vault whose soft delete a step changes
        var path = Write("vault-a", "vm-web-01", """
            timeline:
              - at: +1h
                do: setSoftDelete
                vault: vault-a
                enabled: true
                days: 30
              - at: +1h
                say: Soft delete is kept for 30 days now.
            """);

        // When
        var lines = Show(path);

        // Then its creation, its policy and its setting name it; a narration, about no vault, keeps '-'
        lines.ShouldContain($"{Start}{"vault-a",-34} -         Vault created          westeurope GeoRedundant");
        lines.ShouldContain(l => l.StartsWith($"{Start}{"vault-a",-34} -         Policy DefaultPolicy   Standard daily", StringComparison.Ordinal));
        lines.ShouldContain($"2026-01-01T01:00:00Z  {"vault-a",-34} -         Soft delete            On, 30 days");
        lines.ShouldContain($"2026-01-01T02:00:00Z  {"-",-34} -         Narration              Soft delete is kept for 30 days now.");
    }

    [Fact]
    public void Should_FitAVaultThatProtectsNothing()
    {
        // Given a 50-character vault, and a VM of another region
        var vault = "vault-" + new string('a', 43) + "z";
        var path = _folder.File("lone-vault.yaml");
        File.WriteAllText(path, $"""
            name: lone-vault
            start: 2026-01-01T00:00:00Z
            duration: 1d
            vaults:
              - name: {vault}
                region: westeurope
            vms:
              - name: vm-web-01
                region: northeurope

            """);

        // When
        var lines = Show(path);

        // Then
        lines.ShouldContain($"{Start}{vault} -         Vault created          westeurope GeoRedundant");
        Events(lines).ShouldAllBe(l => l[22 + 50] == ' ' && l[22 + 50 + 1 + 8] == ' ');
    }

    [Theory]
    [InlineData("Protected", "# 1 check passed")]
    [InlineData("ProtectionStopped", "# 1 of 1 check failed; run '{0}' for details")]
    public void Should_CountOneCheckInTheSingular_When_TheScenarioHasOneCheck(string state, string said)
    {
        // Given one check of the VM's protection state, which it meets or not
        var path = Write("vault-a", "vm-1", $"""
            expect:
              - item: vm-1
                protectionState: {state}
            """);

        // When
        var shown = CliRun.Of("show", path).Out.Split('\n');

        // Then
        shown[^2].ShouldBe(string.Format(System.Globalization.CultureInfo.InvariantCulture, said, $"vaultsim run {path}"));
    }

    [Fact]
    public void Should_PrintTheSameBytes_When_ShownTwice()
    {
        // Given
        var path = Write("vault-westeurope-production", "vm-frontend-web-01");

        // When
        var first = CliRun.Of("show", path).Out;
        var second = CliRun.Of("show", path).Out;

        // Then
        second.ShouldBe(first);
    }

    [Fact]
    public void Should_SayTheRunStoppedBeforeItsChecks_When_UntilIsBeforeTheEnd()
    {
        // Given a check made at the scenario's end, two days after its start
        var path = Write("vault-a", "vm-a", """
            expect:
              - item: vm-a
                protectionState: Protected
            """);

        // When it is shown until the first day's end
        var run = CliRun.Of("show", path, "--until", "+1d");

        // Then its last line does not count "0 checks passed" alone, as if the file had none
        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.TrimEnd('\n').Split('\n')[^1].ShouldBe("# 0 checks passed (stopped at 2026-01-02T00:00:00Z; 1 later check not made)");
    }

    [Fact]
    public void Should_GiveTheRunCommandItsUntil_When_ACheckMadeBeforeItFailed()
    {
        // Given a check at +12h that fails, and one at the scenario's end
        var path = Write("vault-a", "vm-a", """
            expect:
              - at: +12h
                item: vm-a
                protectionState: ProtectionStopped
              - item: vm-a
                protectionState: Protected
            """);

        // When it is shown until the first day's end
        var run = CliRun.Of("show", path, "--until", "+1d");

        // Then the command it points to for details makes the checks it made, not the later ones too
        run.ExitCode.ShouldBe(1, run.Error);
        run.Out.TrimEnd('\n').Split('\n')[^1].ShouldBe($"# 1 of 1 check failed (stopped at 2026-01-02T00:00:00Z; 1 later check not made); run 'vaultsim run {path} --until 2026-01-02T00:00:00Z' for details");
    }

    [Fact]
    public void Should_PointToARunCommandThatCanBePasted_When_TheFilesPathHasASpace()
    {
        // Given a failing check in a file whose path has a space, which the pointer wrote bare, as two paths
        var failing = File.ReadAllText(Write("vault-a", "vm-a", """
            expect:
              - item: vm-a
                protectionState: ProtectionStopped
            """));
        var path = _folder.File("my scenarios.yaml");
        File.WriteAllText(path, failing);

        // When
        var run = CliRun.Of("show", path);

        // Then it is quoted, as run's replay command quotes it
        run.ExitCode.ShouldBe(1, run.Error);
        run.Out.TrimEnd('\n').Split('\n')[^1].ShouldBe($"# 1 of 1 check failed; run 'vaultsim run \"{path}\"' for details");
    }

    private static List<string> Show(string path)
    {
        var run = CliRun.Of("show", path);
        run.ExitCode.ShouldBe(0, run.Error);
        return [.. run.Out.Split('\n')];
    }

    private static IEnumerable<string> Events(IEnumerable<string> lines) => lines.Where(l => l.StartsWith("2026-", StringComparison.Ordinal));

    private string Write(string vault, string vm, string timeline = "", string? extraVault = null, bool protectAtStart = true)
    {
        var path = _folder.File("long-names.yaml");
        var second = extraVault is null ? string.Empty : $"\n  - name: {extraVault}\n    region: westeurope";
        var protection = protectAtStart ? $"\n    vault: {vault}" : string.Empty;
        File.WriteAllText(path, $"""
            name: long-names
            start: 2026-01-01T00:00:00Z
            duration: 2d
            vaults:
              - name: {vault}
                region: westeurope{second}
            vms:
              - name: {vm}
                region: westeurope{protection}

            """ + timeline);
        return path;
    }
}
