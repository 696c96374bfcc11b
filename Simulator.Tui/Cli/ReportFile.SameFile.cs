namespace Simulator.Tui.Cli;

internal static partial class ReportFile
{
    /// <summary>Refuses a report that would be written over a file the run reads, the run file, or the other report.</summary>
    /// <remarks>Two paths name one file as <see cref="OneFile"/> tells it: a link or a hard link to a file is that file.</remarks>
    /// <param name="reports">The report options and the paths they name (null when not asked for).</param>
    /// <param name="scenarios">The files the run reads: the scenarios, and the policy files they import.</param>
    /// <param name="db">The run file, when the run is recorded.</param>
    /// <exception cref="CliInputException">Two of these name the same file, or a report names an existing scenario file.</exception>
    public static void CheckNothingOverwritten(IReadOnlyList<(string Option, string? Path)> reports, IEnumerable<string> scenarios, string? db)
    {
        var comparer = OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        var inputs = scenarios.Select(NamedFile.Of).ToList();
        var claimed = new List<(string Option, NamedFile File)>();
        if (db is { Length: > 0 })
        {
            claimed.Add(("--db", NamedFile.Of(db)));
        }

        foreach (var (option, path) in reports.Where(r => r.Path is { Length: > 0 }))
        {
            var report = NamedFile.Of(path!);
            if (inputs.FirstOrDefault(input => input.IsSameAs(report)) is { } read)
            {
                var reached = comparer.Equals(read.Real, report.Real) ? string.Empty : $", reached through a hard link to {read.Given}";
                throw new CliInputException($"{option} {path}: this is a file the run reads (a scenario, or a policy file one imports){reached}, and the report would replace it; name another file.");
            }

            RefuseScenario(path!, option, "a report");
            if (claimed.FirstOrDefault(c => c.File.IsSameAs(report)) is { Option: { } other })
            {
                throw new CliInputException($"{option} {path}: {other} names the same file, and one would replace the other; name another file.");
            }

            claimed.Add((option, report));
        }
    }

    /// <summary>True when the report is to be written where standard output goes (<c>--json /dev/stdout</c>, piped or redirected).</summary>
    /// <remarks>Told by the file's identity, so only where the system gives one (Linux): a pipe, a terminal or a file.</remarks>
    public static bool IsStandardOutput(string? path, CliIo io) =>
        path is not null && io.StandardOutput is { } stdout && FileIdentity.Of(path) is { } report && FileIdentity.Of(stdout) == report;

    /// <summary>A path as given, the file it names with its links followed, and what every name of that file shares (<see cref="OneFile"/>).</summary>
    private sealed record NamedFile(string Given, string Real, object Key)
    {
        public static NamedFile Of(string path) => new(path, OneFile.RealPath(path), OneFile.KeyOf(path));

        public bool IsSameAs(NamedFile other) => Key.Equals(other.Key);
    }
}
