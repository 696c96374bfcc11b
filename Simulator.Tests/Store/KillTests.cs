using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;
using Simulator.Core.Journal;
using Simulator.Scenarios.Parsing;
using Simulator.Scenarios.Running;
using Simulator.Store.Reading;
using Simulator.Tests.Support;
using Xunit.Abstractions;

namespace Simulator.Tests.Store;

/// <summary>Kills <c>vaultsim run --db</c> with SIGKILL at random moments and checks what the file holds.</summary>
/// <remarks>
/// Five kills by default; set VAULTSIM_KILLS (for example to 20, as Simulator.Tests/Store/kill-test.sh does) for more.
/// While the child runs, the test reads the file as any reader would, so it knows a count of events that had been
/// committed before the kill: the file must still hold at least those, whole batches only, in journal order.
/// </remarks>
public sealed class KillTests(ITestOutputHelper output) : IDisposable
{
    private const int Seed = 20260205;
    private static readonly TimeSpan LatestKill = TimeSpan.FromSeconds(3);

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static int Kills => int.TryParse(Environment.GetEnvironmentVariable("VAULTSIM_KILLS"), out var n) && n > 0 ? n : 5;

    [Fact]
    public void Should_LeaveAnIncompleteFileWithEveryCommittedBatch_When_TheRecordingProcessIsKilled()
    {
        // Given
        var random = new Random(Seed);
        var files = new List<(string File, long SeenCommitted)>();
        var clock = Stopwatch.StartNew();

        // When
        for (var i = 0; i < Kills; i++)
        {
            var file = _folder.File($"killed-{i:00}.db");
            var delay = TimeSpan.FromMilliseconds(random.Next(0, (int)LatestKill.TotalMilliseconds));
            files.Add((file, RunAndKill(file, delay)));
        }

        output.WriteLine($"{Kills} kills in {clock.Elapsed.TotalSeconds:0.0} s");

        // Then
        var expected = JournalHashes(files.Select(f => Count(f.File)).ToHashSet());
        foreach (var (file, seenCommitted) in files)
        {
            var events = Count(file);
            output.WriteLine($"{Path.GetFileName(file)}: {events} events in the file, {seenCommitted} seen committed before the kill");
            events.ShouldBeGreaterThanOrEqualTo(seenCommitted, $"{file} lost committed events");
            using (var connection = Connect(file))
            {
                connection.ExecuteScalar<string>("PRAGMA integrity_check").ShouldBe("ok", file);
                connection.ExecuteScalar<long>("SELECT coalesce(sum(last_seq - first_seq + 1), 0) FROM event_blocks").ShouldBe(events, $"{file}: gaps in the events");
                connection.ExecuteScalar<long>("""
                    SELECT count(*) FROM batches b LEFT JOIN event_blocks e ON e.batch = b.id
                    WHERE b.last_event IS NOT NULL AND (e.batch IS NULL OR e.first_seq <> b.first_event OR e.last_seq <> b.last_event)
                    """).ShouldBe(0, $"{file}: a batch is not whole");
            }

            using var run = RunStore.Open(file);
            run.Summary.IsComplete.ShouldBeFalse(file);
            Hash(run.Events()).ShouldBe(expected[events].Journal, $"{file}: the events are not the journal's first {events}");
            run.Jobs(new JobQuery()).Count.ShouldBe(expected[events].Jobs, $"{file}: the jobs started are not all in the report");
            run.AllPoints().Count.ShouldBe(expected[events].Points, $"{file}: the points alive are not those of the report");
        }
    }

    /// <summary>Starts the built vaultsim on the long fleet, kills it <paramref name="delay"/> after its first commit, and returns the most events a reader saw committed.</summary>
    private long RunAndKill(string file, TimeSpan delay)
    {
        var vaultsim = Path.Combine(AppContext.BaseDirectory, "vaultsim.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { vaultsim, "run", StoreScenarios.LongFleet, "--db", file, "--quiet" })
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start)!;
        child.OutputDataReceived += (_, _) => { };
        child.ErrorDataReceived += (_, _) => { };
        child.BeginOutputReadLine();
        child.BeginErrorReadLine();
        long seen = 0;
        var sinceFirstCommit = (Stopwatch?)null;
        var deadline = Stopwatch.StartNew();
        while (sinceFirstCommit is null || sinceFirstCommit.Elapsed < delay)
        {
            child.HasExited.ShouldBeFalse($"vaultsim ended (exit {(child.HasExited ? child.ExitCode : 0)}) before it was killed; the long fleet must run longer than the kill delays.");
            deadline.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(60), "vaultsim committed nothing within a minute.");
            seen = Math.Max(seen, Committed(file));
            if (seen > 0)
            {
                sinceFirstCommit ??= Stopwatch.StartNew();
            }

            Thread.Sleep(10);
        }

        child.Kill(entireProcessTree: true);
        child.WaitForExit();
        return seen;
    }

    /// <summary>How many events a reader finds committed now; 0 while the file or its schema does not exist yet.</summary>
    private static long Committed(string file)
    {
        if (!File.Exists(file))
        {
            return 0;
        }

        try
        {
            using var connection = Connect(file);
            return connection.ExecuteScalar<long?>("SELECT events FROM runs WHERE id = 1") ?? 0;
        }
        catch (SqliteException)
        {
            return 0;
        }
    }

    private static long Count(string file)
    {
        using var connection = Connect(file);
        return connection.ExecuteScalar<long>("SELECT coalesce(max(last_seq), 0) FROM event_blocks");
    }

    private static SqliteConnection Connect(string file)
    {
        var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
    }

    /// <summary>For each n asked, the hash of the journal's first n lines, the jobs they started and the points they left alive, from one in-process replay of the long fleet.</summary>
    private static Dictionary<long, (string Journal, int Jobs, int Points)> JournalHashes(HashSet<long> counts)
    {
        var hashes = new Dictionary<long, (string, int, int)>();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long seen = 0;
        var (jobs, points) = (0, 0);
        void Add(DomainEvent e)
        {
            if (counts.Contains(seen))
            {
                hashes[seen] = (Convert.ToHexString(hash.GetCurrentHash()), jobs, points);
            }

            hash.AppendData(Encoding.UTF8.GetBytes(JournalFormatter.Format(e) + "\n"));
            jobs += e is JobStarted ? 1 : 0;
            points += e switch { RecoveryPointCreated => 1, RecoveryPointDeleted => -1, _ => 0 };
            seen++;
        }

        var session = new ScenarioSession(ScenarioParser.Load(StoreScenarios.LongFleet), journal: Add);
        var last = counts.Max();
        while (seen <= last && session.Simulation.Step())
        {
        }

        return hashes;
    }

    private static string Hash(IEnumerable<DomainEvent> events)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var e in events)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(JournalFormatter.Format(e) + "\n"));
        }

        return Convert.ToHexString(hash.GetCurrentHash());
    }
}
