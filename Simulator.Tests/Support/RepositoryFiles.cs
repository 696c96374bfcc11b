namespace Simulator.Tests.Support;

/// <summary>Finds files of the repository (the bundled scenarios, samples) from the test's output folder.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Scenarios => Path.Combine(Root, "scenarios");

    public static IReadOnlyList<string> BundledScenarios() =>
        Directory.GetFiles(Scenarios, "*.yaml").Order(StringComparer.Ordinal).ToList();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Simulator.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Simulator.sln above {AppContext.BaseDirectory}.");
    }
}
