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
                var found = Directory.EnumerateFiles(path, "*.*", SearchOption.TopDirectoryOnly)
                    .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                    .ToList();
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
}
