using System.IO.Enumeration;
using Simulator.Scenarios.Files;
using Simulator.Store.Schema;

namespace Simulator.Tui.Cli;

/// <summary>Turns command-line paths (files or folders) into the scenario files to use, in a stable order.</summary>
internal static class ScenarioPaths
{
    /// <summary>The scenario files the paths name, and what is wrong with each path that names none, both in the order given.</summary>
    /// <remarks>
    /// A file named twice (by itself and by its folder, as <c>a.yaml</c> and <c>./a.yaml</c>, or through a link beside
    /// it) is used once, where it was first named: run twice, it was counted twice in the summary and gave the JUnit
    /// report two suites of the same test cases, which CI servers show as duplicates.
    /// </remarks>
    public static (IReadOnlyList<string> Files, IReadOnlyList<PathProblem> Problems) ExpandEach(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var problems = new List<PathProblem>();
        var seen = new HashSet<object>();
        foreach (var path in paths)
        {
            var found = new List<PathProblem>();
            files.AddRange(FilesOf(path, found).Where(f => seen.Add(OneFile.KeyOf(f))));

            // A path named twice is told once, as a file named twice is used once.
            problems.AddRange(found.Where(p => !problems.Contains(p)));
        }

        return (files, problems);
    }

    /// <param name="problems">Where a path that names nothing is told, and each folder of its tree that can't be read: the files of the rest are still found.</param>
    private static List<string> FilesOf(string path, List<PathProblem> problems)
    {
        if (Directory.Exists(path))
        {
            var found = ScenariosIn(path, problems);
            if (found.Count == 0 && problems.Count == 0)
            {
                problems.Add(new(path, "the folder holds no scenario files (.yaml or .yml, in any case) in it or its subfolders; name a scenario file, or a folder that holds some."));
            }

            return found;
        }

        if (File.Exists(path))
        {
            if (NotAScenarioRefusal(path) is { } refusal)
            {
                problems.Add(new(path, refusal));
                return [];
            }

            return [path];
        }

        // Many tools read standard input for '-' (cat a.yaml | vaultsim validate -); a scenario names its policy files
        // from its own folder, which standard input has none of.
        problems.Add(new(path, RegularFile.NotUtf8Name(path) ? $"{RegularFile.NotUtf8Refusal}." : FileStatus.IsBarred(path)
            ? "a folder on its way may not be searched (permission denied), so whether it is there can't be told; make the folders on its path searchable (chmod +x), or name another file."
            : path == "-"
            ? "a scenario is read from a file, not from standard input; save it to a file and name that (for example scenarios/demo.yaml)."
            : "no such file or folder."));
        return [];
    }

    /// <summary>Why a file is no scenario: a SQLite database (a run file above all), or a policy JSON file; null for any other file.</summary>
    /// <remarks>
    /// Read as a scenario, a run file was said to hold a NUL character, to be saved as UTF-8, or, found in a folder, to be
    /// too large, to be split; a policy JSON file (YAML reads JSON) drew a dozen "unknown key" and "is required"
    /// lines. A .json file is a policy here, as <c>policy preview</c> tells them apart (or the scenarios' schema, which
    /// a glob names), and a folder's walk never takes one for a scenario. A file that is not regular (a pipe would keep
    /// its first bytes waiting for a writer) or can't be read is left to the scenario reader to say so.
    /// </remarks>
    public static string? NotAScenarioRefusal(string path)
    {
        if (RegularFile.Refusal(path) is not null)
        {
            return null;
        }

        if (DatabaseHeader.DescribeFile(path) is { } what)
        {
            return what == DatabaseHeader.RunFile
                ? $"this is {what}, not a scenario; list what its run holds with 'vaultsim report {path} jobs', or open it with 'vaultsim tui --db {path}'."
                : $"this is {what}, not a scenario; name a scenario file (for example scenarios/demo.yaml).";
        }

        return string.Equals(Path.GetExtension(path), ".json", StringComparison.OrdinalIgnoreCase)
            ? $"a .json file is not a scenario (a scenario is a .yaml or .yml file). A backup policy in JSON is previewed with 'vaultsim policy preview {path}', or imported into a vault with '- file: {path}' under the vault's policies."
            : null;
    }

    /// <summary>The one scenario file a command plays (show, render, tui).</summary>
    /// <remarks>A folder is refused, not read for its first file: show printed that one alone, with exit 0.</remarks>
    /// <exception cref="CliInputException">The path is a folder, or does not exist.</exception>
    public static string One(string path, string command)
    {
        if (Directory.Exists(path))
        {
            throw new CliInputException(Example(path) switch
            {
                "" => $"{path}: {command} takes one scenario file, not a folder; name a scenario file (for example scenarios/demo.yaml).",
                { } first => $"{path}: {command} takes one scenario file, not a folder; name one of its files (for example {first}).",
                null => $"{path}: {command} takes one scenario file, not a folder (and this one holds none); name a scenario file (for example scenarios/demo.yaml).",
            });
        }

        var (files, problems) = ExpandEach([path]);
        return problems is [var problem] ? throw new CliInputException(problem.ToString()) : files[0];
    }

    /// <summary>A scenario file in the folder to suggest, null when it holds none, or empty when part of it can't be read.</summary>
    private static string? Example(string folder)
    {
        var unreadable = new List<PathProblem>();
        var found = ScenariosIn(folder, unreadable);
        return unreadable.Count > 0 ? string.Empty : found is [var first, ..] ? first : null;
    }

    /// <summary>The scenario files in a folder and its subfolders, each path the folder's followed by the way down.</summary>
    /// <remarks>
    /// A CI author keeps a tree of scenarios, and a subfolder skipped without a word loses its tests quietly. The
    /// order is one on every system: each folder's entries by name (ordinal), a subfolder's files where its name
    /// falls. Hidden subfolders (.git, .github) hold a repository's own YAML, no scenarios, and are not read; a folder
    /// reached again through a link is read once, so a link back up the tree does not recurse for ever.
    /// </remarks>
    private static List<string> ScenariosIn(string folder, List<PathProblem> unreadable)
    {
        var found = new List<string>();
        Walk(folder, found, unreadable, []);
        return found;
    }

    private static void Walk(string folder, List<string> found, List<PathProblem> unreadable, HashSet<object> walked)
    {
        if (!walked.Add(OneFile.KeyOf(folder)))
        {
            return;
        }

        if (Entries(folder, out var why) is not { } entries)
        {
            unreadable.Add(new(folder, $"the folder can't be read ({why}), so the scenarios in it can't be found; make it readable, or name the scenario files or folders to use."));
            return;
        }

        foreach (var (entry, isFolder) in entries)
        {
            if (isFolder)
            {
                if (RegularFile.NotUtf8Name(entry))
                {
                    // .NET can't open it by the name it read, so the scenarios in it can't be found.
                    unreadable.Add(new(entry, $"the folder's name is not valid UTF-8 (its bad bytes shown as \uFFFD), so the scenarios in it can't be found; rename it."));
                }
                else if (!Path.GetFileName(entry).StartsWith('.'))
                {
                    Walk(entry, found, unreadable, walked);
                }
            }
            else if (IsScenarioName(entry))
            {
                // One that can't be read (its name not UTF-8, no permission) is told by the reader, one invalid file among the others.
                found.Add(entry);
            }
        }
    }

    /// <summary>Whether a file's name is a scenario's (.yaml or .yml, in any case): those a folder is read for, and those no file vaultsim writes replaces.</summary>
    public static bool IsScenarioName(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>The folder's entries in name order, each with whether it is a folder, or null when it can't be listed, with <paramref name="why"/>.</summary>
    /// <remarks>
    /// <para>
    /// A folder that can't be listed is told, as one skipped would lose its scenarios without a word; the folders
    /// beside it are still read, so that validate checks their files and run tells every unreadable one at once.
    /// </para>
    /// <para>
    /// Whether an entry is a folder is asked by its name, links followed, except for a name that is not UTF-8, which
    /// .NET can't look up again: the listing's own word is taken for it.
    /// </para>
    /// </remarks>
    private static List<(string Path, bool IsFolder)>? Entries(string folder, out string why)
    {
        why = string.Empty;
        try
        {
            // As Directory.EnumerateFileSystemEntries lists: hidden entries too, and a folder that can't be read refused.
            var options = new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false };
            var listed = new FileSystemEnumerable<(string Path, bool IsFolder)>(folder, (ref FileSystemEntry e) => (Path.Join(folder, e.FileName), e.IsDirectory), options);
            return [.. listed.Select(e => (e.Path, RegularFile.NotUtf8Name(e.Path) ? e.IsFolder : Directory.Exists(e.Path))).OrderBy(e => e.Path, StringComparer.Ordinal)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            why = e is UnauthorizedAccessException ? "permission denied" : e.Message.TrimEnd('.');
            return null;
        }
    }
}
