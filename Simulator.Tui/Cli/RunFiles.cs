using Simulator.Core.Journal;
using Simulator.Scenarios.Files;
using Simulator.Store.Reading;
using Simulator.Store.Schema;

namespace Simulator.Tui.Cli;

/// <summary>Opens run files for the report and diff commands; the store's errors are input errors (exit 2), as the command line tells them.</summary>
internal static class RunFiles
{
    /// <remarks>An older file is read through an upgraded copy, silently taking seconds when it is large; the wait is announced.</remarks>
    /// <exception cref="CliInputException">The path names a scenario file.</exception>
    /// <exception cref="Store.RunStoreException">The file is missing, not a run file, or of another schema.</exception>
    public static RunReader Open(CliIo io, string path) => Open(path, version => io.Error.WriteLine(
        $"note: {path} was recorded by an earlier vaultsim (schema {version}); it is read through an upgraded temporary copy, which takes a while for a large file, and is left as it was."));

    /// <summary>Opens the run file as <see cref="Open(CliIo, string)"/> does, saying nothing of an upgrade: to learn only whether it can be read.</summary>
    /// <exception cref="Store.RunStoreException">The file is missing, not a run file, or of another schema.</exception>
    public static RunReader OpenQuietly(string path) => Open(path, upgrading: null);

    private static RunReader Open(string path, Action<int>? upgrading)
    {
        RefuseScenario(path);
        return RunStore.Open(path, upgrading);
    }

    /// <summary>Refuses a scenario named where its run file was meant (<c>vaultsim report a.yaml jobs</c>), with the way to record one.</summary>
    /// <remarks>The store would say only that it is not a SQLite database. A run file given a scenario's name is read as any other.</remarks>
    private static void RefuseScenario(string path)
    {
        if (!ScenarioPaths.IsScenarioName(path) || !File.Exists(path) || RegularFile.Refusal(path) is not null)
        {
            return;
        }

        try
        {
            if (DatabaseHeader.Describe(DatabaseHeader.ReadStart(path)) is not null)
            {
                return;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }

        throw new CliInputException($"{path}: this is a scenario file ({Path.GetExtension(path)}), not a run file; record a run of it with 'vaultsim run {path} --db run.db', then name run.db in its place.");
    }

    /// <summary>Says on the error stream when a run stopped before its scenario's end, so partial figures are not taken for final ones.</summary>
    /// <remarks>A run stopped by <c>--until</c> is complete, up to that time, but its figures stop there as an interrupted run's do.</remarks>
    public static void NoteIfPartial(CliIo io, RunReader run)
    {
        var s = run.Summary;
        if (!s.IsComplete)
        {
            var alone = run.IsMissingItsLog
                ? $" in the file alone: its log, '{System.IO.Path.GetFileName(run.Path)}-wal', which may hold later batches, is not beside it"
                : string.Empty;
            io.Error.WriteLine($"note: {run.Path} holds an incomplete run of '{s.ScenarioName}' (recorded up to {JournalFormatter.FormatTime(s.Reached)}{alone}); figures stop there.");
        }
        else if (s.IsStoppedEarly)
        {
            io.Error.WriteLine($"note: {run.Path} holds a run of '{s.ScenarioName}' stopped by --until at {JournalFormatter.FormatTime(s.Reached)}, before the scenario's end at {JournalFormatter.FormatTime(s.End)}; figures stop there.");
        }
    }
}
