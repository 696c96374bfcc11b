namespace Simulator.Tests.Cli;

/// <summary>Small scenario texts that time a step on an item inside and outside the management job of the step before
/// it, for every management operation on either side: each as <c>validate</c> reads it, and with every step expecting
/// a refusal, so that <c>run</c> plays it through and reports what happened to each step.</summary>
/// <remarks>
/// Every step is written on one line (a flow mapping), so a step has the same line in both texts. Each pair is set up so
/// that the second step is taken once the first one's job has completed: whatever refuses it is the lock, or what the
/// first step's job leaves behind (data in soft delete). The steps are timed at a written time, by offsets after it, or
/// by offsets after a step that waits for the item's first backup to complete, whose time only the run knows.
/// </remarks>
internal static class OperationLockCases
{
    /// <summary>A management step: its action on the VM, as the flow mapping's keys after the timing.</summary>
    private static string Step(string action, string vm) => action.Replace("{vm}", vm, StringComparison.Ordinal);

    private const string ChangePolicy = "do: changePolicy, item: {vm}, policy: Silver";
    private const string ChangeBack = "do: changePolicy, item: {vm}, policy: Gold";
    private const string StopRetain = "do: stopProtection, item: {vm}, mode: retainForever";
    private const string StopAsPerPolicy = "do: stopProtection, item: {vm}, mode: retainAsPerPolicy";
    private const string StopDelete = "do: stopProtection, item: {vm}, mode: deleteData";
    private const string Resume = "do: resumeProtection, item: {vm}, policy: Gold";
    private const string DeleteData = "do: deleteBackupData, item: {vm}";
    private const string Undelete = "do: undelete, item: {vm}";
    private const string BackupNow = "do: backupNow, item: {vm}";
    private const string ProtectHere = "do: configureProtection, item: {vm}, vault: {vault}, policy: Gold";
    private const string ProtectElsewhere = "do: configureProtection, item: {vm}, vault: vault-c, policy: Gold";

    private static readonly string[] Active = [ChangeBack, StopRetain, StopAsPerPolicy, StopDelete, BackupNow];

    /// <summary>Each first operation: the VM, the steps that set its item up for it (an hour apart), the operation
    /// itself, and the operations that are taken after its job has completed.</summary>
    private static readonly (string Name, string Vm, string[] Setup, string First, string[] Then)[] Pairs =
    [
        ("change-policy", "vm-1", [], ChangePolicy, Active),
        ("protect", "vm-2", [], ProtectHere, Active),
        ("resume", "vm-1", [StopRetain], Resume, Active),
        ("backup-now", "vm-1", [], BackupNow, [ChangePolicy, StopRetain, StopAsPerPolicy]),
        ("stop-retain", "vm-1", [], StopRetain, [Resume, DeleteData, ProtectElsewhere]),
        ("stop-as-per-policy", "vm-1", [], StopAsPerPolicy, [Resume, DeleteData, ProtectElsewhere]),
        ("stop-delete", "vm-1", [], StopDelete, [Undelete, ProtectHere, ProtectElsewhere]),
        ("delete-data", "vm-1", [StopRetain], DeleteData, [Undelete, ProtectHere, ProtectElsewhere]),
        ("undelete", "vm-1", [StopDelete], Undelete, [Resume, DeleteData, ProtectElsewhere]),
        ("stop-delete-purged", "vm-3", [], StopDelete, [ProtectHere, ProtectElsewhere]),
        ("delete-data-purged", "vm-3", [StopRetain], DeleteData, [ProtectHere, ProtectElsewhere]),
    ];

    /// <summary>How long after the first operation the second one runs: inside its 30-second job (from its first
    /// instant to its last second), as it completes, and well after.</summary>
    private static readonly string[] Gaps = ["0s", "29s", "30s", "2m"];

    /// <summary>Every case: its name, its text as validate reads it, and its text with every step expecting a refusal.</summary>
    public static IEnumerable<(string Name, string Text, string Played)> All()
    {
        foreach (var (name, vm, setup, first, then) in Pairs)
        {
            foreach (var (second, index) in then.Select((s, i) => (s, i)))
            {
                foreach (var gap in Gaps)
                {
                    yield return Case($"{name}-{index}-{gap}-at", vm, At(setup, first, second, gap, vm));
                    yield return Case($"{name}-{index}-{gap}-after", vm, AfterBackup(setup, first, second, gap, vm));
                }

                yield return Case($"{name}-{index}-written-before-after", vm, AfterBackup(setup, first, second, "2026-01-05T00:00:00Z", vm));
            }
        }

        // The ConfigureBackup job of the items protected at the start runs from the start.
        foreach (var (second, index) in Active.Select((s, i) => (s, i)))
        {
            foreach (var gap in Gaps)
            {
                yield return Case($"start-{index}-{gap}", "vm-1", [$"at: +{gap}, {Step(second, "vm-1")}"]);
            }
        }
    }

    /// <summary>Set up from 01:00 an hour apart, the first operation at 05:00, the second <paramref name="gap"/> later.</summary>
    private static string[] At(string[] setup, string first, string second, string gap, string vm) =>
    [
        .. setup.Select((s, i) => $"at: 2026-01-05T0{i + 1}:00:00Z, {Step(s, vm)}"),
        $"at: 2026-01-05T05:00:00Z, {Step(first, vm)}",
        $"at: +{gap}, {Step(second, vm)}",
    ];

    /// <summary>The same an hour apart from when the first backup of the VM (of vm-1 for vm-2, protected by no one yet) completes.</summary>
    private static string[] AfterBackup(string[] setup, string first, string second, string gap, string vm) =>
    [
        $"after: {{ jobCompleted: {(vm == "vm-2" ? "vm-1" : vm)} }}, say: the first backup has completed",
        .. setup.Select(s => $"at: +1h, {Step(s, vm)}"),
        $"at: +1h, {Step(first, vm)}",
        gap.Contains('T', StringComparison.Ordinal) ? $"at: {gap}, {Step(second, vm)}" : $"at: +{gap}, {Step(second, vm)}",
    ];

    private static (string Name, string Text, string Played) Case(string name, string vm, string[] steps)
    {
        var vault = vm == "vm-3" ? "vault-b" : "vault-a";
        var lines = steps.Select(s => s.Replace("{vault}", vault, StringComparison.Ordinal)).ToList();
        return (name, World(name) + string.Concat(lines.Select(s => $"  - {{ {s} }}\n")), World(name) + string.Concat(lines.Select(s => s.Contains("do: ", StringComparison.Ordinal) ? $"  - {{ {s}, refused: true }}\n" : $"  - {{ {s} }}\n")));
    }

    /// <summary>vm-1 protected in vault-a (soft delete on), vm-3 in vault-b (soft delete off), vm-2 unprotected; no
    /// backup runs before 22:00.</summary>
    private static string World(string name) => $$"""
        name: {{name}}
        seed: 7
        start: 2026-01-05T00:00:00Z
        duration: 3d
        vaults:
          - name: vault-a
            region: westeurope
            policies: &policies
              - { name: Gold, schedule: { frequency: Daily, times: ["22:00"] }, retention: { daily: { days: 7 } } }
              - { name: Silver, schedule: { frequency: Daily, times: ["22:00"] }, retention: { daily: { days: 14 } } }
          - name: vault-b
            region: westeurope
            softDelete: false
            policies: *policies
          - name: vault-c
            region: westeurope
            policies: *policies
        vms:
          - { name: vm-1, vault: vault-a, policy: Gold }
          - { name: vm-2, region: westeurope }
          - { name: vm-3, vault: vault-b, policy: Gold }
        timeline:

        """;
}
