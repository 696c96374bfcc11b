namespace Simulator.Tui.Cli;

/// <summary>Turns command-line paths (files or folders) into the scenario files to use, in a stable order.</summary>
internal static class ScenarioPaths
{
    /// <remarks>
    /// A file named twice (by itself and by its folder, or as <c>a.yaml</c> and <c>./a.yaml</c>) is used once, where it
    /// was first named: run twice, it was counted twice in the summary and gave the JUnit report two suites of the
    /// same test cases, which CI servers show as duplicates.
    /// </remarks>
    /// <exception cref="CliInputException">A path does not exist, or a folder holds no scenario.</exception>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = ScenariosIn(path);
                if (found.Count == 0)
                {
                    throw new CliInputException($"{path}: the folder holds no scenario files (*.yaml).");
                }

                files.AddRange(found.Where(f => seen.Add(Path.GetFullPath(f))));
            }
            else if (File.Exists(path))
            {
                if (seen.Add(Path.GetFullPath(path)))
                {
                    files.Add(path);
                }
            }
            else
            {
                throw new CliInputException($"{path}: no such file or folder.");
            }
        }

        return files;
    }

    /// <summary>The one scenario file a command plays (show, render, tui).</summary>
    /// <remarks>A folder is refused, not read for its first file: show printed that one alone, with exit 0.</remarks>
    /// <exception cref="CliInputException">The path is a folder, or does not exist.</exception>
    public static string One(string path, string command)
    {
        if (Directory.Exists(path))
        {
            throw new CliInputException(ScenariosIn(path) is [var first, ..]
                ? $"{path}: {command} takes one scenario file, not a folder; name one of its files (for example {first})."
                : $"{path}: {command} takes one scenario file, not a folder (and this one holds none); name a scenario file (for example scenarios/demo.yaml).");
        }

        return Expand([path])[0];
    }

    private static List<string> ScenariosIn(string folder) =>
        Directory.EnumerateFiles(folder, "*.*", SearchOption.TopDirectoryOnly)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
}
