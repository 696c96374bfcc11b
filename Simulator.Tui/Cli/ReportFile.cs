using Simulator.Scenarios.Files;
using Simulator.Store.Schema;

namespace Simulator.Tui.Cli;

/// <summary>A report file named by <c>run --junit</c> or <c>--json</c>: checked before the run, written after it.</summary>
internal static partial class ReportFile
{
    /// <summary>Refuses a report path that could not be written, or must not be, before anything runs rather than after.</summary>
    /// <param name="path">The path given, or null when the report was not asked for.</param>
    /// <param name="option">The option that named it.</param>
    /// <param name="example">A file name to suggest.</param>
    /// <remarks>An empty path is refused while parsing (<see cref="PathSymbols"/>).</remarks>
    /// <exception cref="CliInputException">It names a folder, a file in a missing folder, a read-only file, a SQLite database, or a place that can't be written.</exception>
    public static void Check(string? path, string option, string example)
    {
        if (path is null)
        {
            return;
        }

        if (Directory.Exists(path))
        {
            throw new CliInputException($"{option} {path}: this is a folder; name the report's file (for example {Path.Combine(path, example)}).");
        }

        // An existing file is refused, if it is a scenario, with the other files the run must not overwrite.
        if (!File.Exists(path))
        {
            RefuseNewScenarioName(path, option, "a report", Path.GetExtension(example));
        }

        // A link to a report not yet written is written through, as a shell's > would: the file it leads to is
        // created, so that file's folder is the one that must exist, and the probe below makes and removes that file.
        string? missing;
        try
        {
            missing = RegularFile.MissingLinkTarget(path);
        }
        catch (IOException)
        {
            throw new CliInputException($"{option} {path}: {RegularFile.CircularLink}; remove the link, or choose another path.");
        }

        var target = missing ?? path;
        if (Path.GetDirectoryName(Path.GetFullPath(target)) is { } folder && !Directory.Exists(folder))
        {
            throw new CliInputException(missing is null
                ? $"{option} {path}: {RegularFile.MissingFolder(folder)}"
                : $"{option} {path}: this is a symbolic link to '{missing}', whose folder '{folder}' does not exist; create it first, or choose another path.");
        }

        // A named pipe is opened once, when the report is written, as a shell's > opens it: opened and closed here, it
        // would tell its reader the report had ended, empty, and the report would then wait for ever for another.
        if (missing is null && FileStatus.Of(path) is { Type: FileType.Pipe })
        {
            return;
        }

        // .NET says a link to nothing exists (the link is there); the file it leads to is what would be written.
        var exists = missing is null && File.Exists(path);
        bool seekable;
        try
        {
            // Opened for writing as the report will be, but an existing file is not truncated and a new one is
            // removed at once: a run refused later (a bad --until, a run file that can't be recorded into) leaves no
            // empty report behind, and an older one stays as it was. What the system allows decides, not the bits.
            seekable = WriteProbe.Open(exists ? path : target, exists);
        }
        catch (UnauthorizedAccessException) when (exists)
        {
            throw new CliInputException($"{option} {path}: the file is read-only; make it writable, or choose another path.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A folder no one may write (/proc, /sys) refuses a new file as "permission denied", or in /proc as the
            // system's "could not find file": said as a run file's --db says it, whoever runs vaultsim.
            if (!exists && RegularFile.ReadOnlyFolder(Path.GetFullPath(target)) is { } readOnly)
            {
                throw new CliInputException($"{option} {path}: the folder '{readOnly}' is read-only; make it writable, or choose another path.");
            }

            throw new CliInputException($"{option} {path}: can't write the report there: {WriteFailure.Describe(e)}");
        }

        // A pipe or a terminal (/dev/stdout) can't be seeked, and reading one would take what it carries or wait.
        if (exists && seekable)
        {
            RefuseDatabase(path, option);
        }
    }

    /// <summary>Refuses an existing scenario file (.yaml, .yml) as a file to write, whether or not this run reads it.</summary>
    /// <param name="path">The path given.</param>
    /// <param name="option">The option that named it.</param>
    /// <param name="writes">What would be written into it, with its article: <c>a report</c>, <c>a run file</c>.</param>
    /// <remarks>
    /// A report is JSON or XML, so a scenario is never an older report: <c>run a.yaml --json b.yaml</c> meant to run
    /// b.yaml too, and written over, the scenario would be lost without a word. A run file is a database, never a
    /// scenario either; SQLite takes an empty file for a new database, so an empty scenario named by <c>--db</c> would
    /// otherwise become one.
    /// </remarks>
    /// <exception cref="CliInputException">The path names an existing scenario file.</exception>
    public static void RefuseScenario(string path, string option, string writes)
    {
        if (File.Exists(path) && ScenarioPaths.IsScenarioName(path))
        {
            throw new CliInputException($"{option} {path}: this is a scenario file ({Path.GetExtension(path)}), and {writes} never replaces one; it was left untouched. Name another file.");
        }
    }

    /// <summary>Refuses a scenario's name (.yaml, .yml) for a run file, whether the file exists or not.</summary>
    /// <remarks>An existing one is a scenario (<see cref="RefuseScenario"/>); a new one, see <see cref="RefuseNewScenarioName"/>.</remarks>
    /// <exception cref="CliInputException">The path has a scenario's name.</exception>
    public static void RefuseScenarioName(string runFile)
    {
        RefuseScenario(runFile, "--db", "a run file");
        RefuseNewScenarioName(runFile, "--db", "a run file", ".db");
    }

    /// <summary>Refuses a scenario's name (.yaml, .yml) for a file vaultsim writes, suggesting <paramref name="extension"/>.</summary>
    /// <remarks>What is written there (a database, XML, JSON) is no scenario, and <c>vaultsim run FOLDER</c> would later read it as one and refuse it as not YAML.</remarks>
    /// <exception cref="CliInputException">The path has a scenario's name.</exception>
    private static void RefuseNewScenarioName(string path, string option, string writes, string extension)
    {
        if (ScenarioPaths.IsScenarioName(path))
        {
            throw new CliInputException($"{option} {path}: {writes} is not given a scenario's name ({Path.GetExtension(path)}), which 'vaultsim run FOLDER' would read as a scenario; name it {Path.ChangeExtension(path, extension)}.");
        }
    }

    /// <summary>Refuses a file that is a SQLite database, whatever its name and however the path reaches it.</summary>
    /// <remarks>
    /// A report is text, so a database is never an older report: it is a run file (perhaps hours of recording) or
    /// another program's data, reached by a mistyped name or through a link. A hard link to it is a file like any
    /// other, so its first bytes are what tells. A file that can't be read can't be told apart and is written over, as before.
    /// </remarks>
    private static void RefuseDatabase(string path, string option)
    {
        if (DatabaseHeader.DescribeFile(path) is { } what)
        {
            throw new CliInputException($"{option} {path}: this is {what}, and a report never replaces a database; it was left untouched. Name another file.");
        }
    }

    /// <summary>Writes the report into the file, replacing what it held, as a shell's redirection would.</summary>
    /// <remarks>
    /// A file is replaced whole (<see cref="WriteWhole"/>). A link is written through in place, as is what can't be
    /// replaced: the path may be a device or a link to one (<c>/dev/stdout</c>), which a rename would replace with a
    /// file. The files a run reads, and databases, are refused as reports beforehand (<see cref="Check"/>,
    /// <see cref="CheckNothingOverwritten"/>).
    /// </remarks>
    /// <exception cref="CliInputException">The file could not be written after all (the disk filled, the pipe's reader went away, or it changed since the check).</exception>
    public static void Write(string? path, string option, Action<TextWriter> write)
    {
        if (path is null)
        {
            return;
        }

        try
        {
            if (!IsReplaceable(path) || !WriteWhole(path, write))
            {
                using var writer = new StreamWriter(path, append: false, Utf8);
                write(writer);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"{option} {path}: can't write the report: {WriteFailure.Describe(e)}");
        }
    }

    /// <summary>Writes each report asked for (<see cref="Write"/>), all of them even where one fails, then refuses with every failure.</summary>
    /// <remarks>
    /// A JUnit report that could not be written left the JSON one unwritten, its older file in place as if it were this
    /// run's; each file is the run's now, or said not to be.
    /// </remarks>
    /// <exception cref="CliInputException">A report could not be written; one line for each that could not.</exception>
    public static void WriteAll(params ReadOnlySpan<(string? Path, string Option, Action<TextWriter> Write)> reports)
    {
        var failures = new List<string>();
        foreach (var (path, option, write) in reports)
        {
            try
            {
                Write(path, option, write);
            }
            catch (CliInputException e)
            {
                failures.Add(e.Message);
            }
        }

        if (failures.Count > 0)
        {
            throw new CliInputException(string.Join($"{Environment.NewLine}vaultsim: ", failures));
        }
    }
}
