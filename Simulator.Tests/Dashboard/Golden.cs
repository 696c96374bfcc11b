using System.Runtime.CompilerServices;

namespace Simulator.Tests.Dashboard;

/// <summary>Compares a rendered screen with its golden file under <c>Dashboard/Expectations</c>.</summary>
/// <remarks>
/// Set <c>VAULTSIM_UPDATE_GOLDEN=1</c> to rewrite the golden files from what the views render now; review the diff
/// before committing it. A mismatch leaves the actual screen beside the test output as <c>NAME.received.txt</c>.
/// </remarks>
internal static class Golden
{
    public static void Verify(string name, string actual, [CallerFilePath] string callerPath = "")
    {
        var sourceFile = Path.Combine(Path.GetDirectoryName(callerPath)!, "Expectations", name + ".txt");
        var copiedFile = Path.Combine(AppContext.BaseDirectory, "Dashboard", "Expectations", name + ".txt");
        if (Environment.GetEnvironmentVariable("VAULTSIM_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(sourceFile, actual + "\n");
            return;
        }

        File.Exists(copiedFile).ShouldBeTrue($"The golden file {name}.txt is missing; run the tests once with VAULTSIM_UPDATE_GOLDEN=1 and review it.");
        var expected = File.ReadAllText(copiedFile).ReplaceLineEndings("\n").TrimEnd('\n');
        if (expected == actual)
        {
            return;
        }

        var received = Path.Combine(AppContext.BaseDirectory, name + ".received.txt");
        File.WriteAllText(received, actual + "\n");
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var first = Enumerable.Range(0, Math.Max(expectedLines.Length, actualLines.Length))
            .First(i => i >= expectedLines.Length || i >= actualLines.Length || expectedLines[i] != actualLines[i]);
        Assert.Fail($"""
            Screen '{name}' differs from its golden file, first at line {first + 1}:
              expected: {(first < expectedLines.Length ? expectedLines[first] : "(no line)")}
              actual:   {(first < actualLines.Length ? actualLines[first] : "(no line)")}
            See the whole difference with: diff {sourceFile} {received}
            If the change is intended, rerun with VAULTSIM_UPDATE_GOLDEN=1 and review the new golden file.
            """);
    }
}
