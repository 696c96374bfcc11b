namespace Simulator.Tui.Cli;

/// <summary>Turns command-line paths (files or folders) into the scenario files to use, in a stable order.</summary>
internal static class ScenarioPaths
{
    /// <exception cref="CliInputException">A path does not exist, or a folder holds no scenario.</exception>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
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

                files.AddRange(found);
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new CliInputException($"{path}: no such file or folder.");
            }
        }

        return files;
    }
}
