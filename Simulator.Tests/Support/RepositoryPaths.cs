using System.Runtime.CompilerServices;

namespace Simulator.Tests.Support;

/// <summary>Where the repository's files are, found from this source file so it works from any output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = Path.GetFullPath(Path.Combine(ThisDirectory(), "..", ".."));

    public static string Scenario(string name) => Path.Combine(Root, "scenarios", name);

    private static string ThisDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
