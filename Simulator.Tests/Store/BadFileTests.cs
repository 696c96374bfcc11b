using System.Buffers.Binary;
using System.Globalization;
using Simulator.Scenarios.Files;
using Simulator.Scenarios.Parsing;
using Simulator.Store;
using Simulator.Store.Reading;
using Simulator.Store.Recording;
using Simulator.Store.Schema;
using Simulator.Tests.Support;

namespace Simulator.Tests.Store;

/// <summary>Files the store must refuse with a clear message and exit 2, leaving them exactly as they were.</summary>
public sealed partial class BadFileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string TextFile()
    {
        var path = _folder.File("notes.db");
        File.WriteAllText(path, "These are my notes, not a database.\n");
        return path;
    }

    private string SqliteFile(long applicationId, long version)
    {
        var path = _folder.File("other.db");
        SqliteFiles.Execute(path, $"CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('keep me'); PRAGMA application_id = {applicationId}; PRAGMA user_version = {version};");
        return path;
    }

    private string RecordedRun()
    {
        var path = _folder.File("run.db");
        CliRun.Of("run", StoreScenarios.Fleet, "--db", path).ExitCode.ShouldBe(0);
        return path;
    }

    public static TheoryData<string> Commands => new() { "run", "report", "diff" };

    private static CliRun Use(string command, string path) => command switch
    {
        "run" => CliRun.Of("run", StoreScenarios.Fleet, "--db", path),
        "report" => CliRun.Of("report", path, "jobs"),
        _ => CliRun.Of("diff", path, path),
    };

    private static void ShouldRefuseAndLeaveUntouched(string command, string path, string problem)
    {
        // Given
        var before = FileSnapshot.Of(path);

        // When
        var outcome = Open(command, path);

        // Then
        outcome.ExitCode.ShouldBe(2);
        outcome.Error.ShouldBe($"vaultsim: {path}: {problem}\n");
        outcome.Out.ShouldBeEmpty();
        FileSnapshot.Of(path).ShouldBe(before);
    }

    [Theory]
    [InlineData("run", "--db")]
    [InlineData("report", "FILE")]
    [InlineData("diff", "A")]
    public void Should_SayThePathIsEmpty_When_TheRunFilesPathIsEmpty(string command, string name)
    {
        // When
        var outcome = Use(command, "");

        // Then, in words rather than the runtime's, naming the argument, and with nothing written anywhere
        outcome.ExitCode.ShouldBe(2);
        outcome.Error.ShouldStartWith($"vaultsim: {name}: the path is empty; name a run file (for example run.db).\n");
        outcome.Out.ShouldBeEmpty();
    }

    [Fact]
    public void Should_SayThePathIsTooLongForSqlite_When_ARunIsRecordedAtAPathOfMoreThan511Bytes()
    {
        // Given a folder five names of 100 characters deep, whose run file's full path passes SQLite's 512 bytes
        var deep = Path.Combine([_folder.Path, .. Enumerable.Repeat(new string('d', 100), 5)]);
        Directory.CreateDirectory(deep);
        var path = Path.Combine(deep, "run.db");

        // When
        var outcome = CliRun.Of("run", StoreScenarios.Fleet, "--db", path);

        // Then it is told as the length, not as permissions to check, and no file is left
        outcome.ExitCode.ShouldBe(2);
        outcome.Error.ShouldContain($"SQLite can't open it: its full path is {System.Text.Encoding.UTF8.GetByteCount(path):N0} bytes long, and SQLite opens paths of at most 511 bytes. Name the file by a shorter path, or from a folder nearer the root.");
        File.Exists(path).ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Should_RefuseAndLeaveItUntouched_When_TheFileIsNotSqlite(string command) =>
        ShouldRefuseAndLeaveUntouched(command, TextFile(), "this is not a vaultsim run file: it is not a SQLite database; it was left untouched.");

    [Theory]
    [MemberData(nameof(Commands))]
    public void Should_RefuseAndLeaveItUntouched_When_TheSchemaIsNewer(string command) =>
        ShouldRefuseAndLeaveUntouched(command, SqliteFile(0x5653494D, 99), $"this run file has schema version 99, newer than the {Migrations.Current} this vaultsim knows; it was written by a newer vaultsim. Upgrade vaultsim to open it.");

    [Theory]
    [MemberData(nameof(Commands))]
    public void Should_RefuseAndLeaveItUntouched_When_TheSchemaIsUnknown(string command) =>
        ShouldRefuseAndLeaveUntouched(command, SqliteFile(0, 0), "this SQLite database is not a vaultsim run file (its schema is unknown); it was left untouched.");

    [Theory]
    [MemberData(nameof(Commands))]
    public void Should_RefuseAndLeaveItUntouched_When_TheRunsRowWasTakenOutOfARunFile(string command)
    {
        // Given a run file whose run's row was deleted by hand: recorded into as an empty file, it mixed two runs
        var path = RecordedRun();
        SqliteFiles.Execute(path, "PRAGMA foreign_keys = OFF; DELETE FROM runs");

        ShouldRefuseAndLeaveUntouched(command, path, "table 'batches' holds rows, but table 'runs' holds no run (was it edited?); it was left untouched. Restore it from a copy, or record the run again.");
    }

    [Fact]
    public void Should_RefuseAndLeaveItUntouched_When_TheFileAlreadyHoldsARun() =>
        ShouldRefuseAndLeaveUntouched("run", RecordedRun(), "the file already holds a recorded run; it was left untouched. Record into a new file, or delete this one first.");

    [Fact]
    public void Should_RefuseToRecordAndLeaveItUntouched_When_TheFileIsReadOnly()
    {
        var path = _folder.File("empty.db");
        File.WriteAllBytes(path, []);
        File.SetAttributes(path, FileAttributes.ReadOnly);
        if (!WriteProbe.IsRefused(path, exists: true))
        {
            // Root writes it all the same, and so does vaultsim for root, as it writes a report there (see below).
            return;
        }

        ShouldRefuseAndLeaveUntouched("run", path, "the file is read-only; it was left untouched. Make it writable, or record into another file.");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Should_NameTheReadOnlyFolderAndWriteNothing_When_TheFileSitsInOne(bool fileExists)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // Given
        var folder = Path.Combine(_folder.Path, "read-only");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "run.db");
        if (fileExists)
        {
            File.WriteAllBytes(path, []);
        }

        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            if (!WriteProbe.IsRefused(Path.Combine(folder, "probe"), exists: false))
            {
                // Root writes in it all the same: see Should_RecordInTheFolder_When_TheSystemLetsAReportBeWrittenThere.
                return;
            }

            // When
            var outcome = CliRun.Of("run", StoreScenarios.Fleet, "--db", path);

            // Then, in words rather than SQLite's "unable to open database file" or "attempt to write a readonly database"
            outcome.ExitCode.ShouldBe(2);
            outcome.Error.ShouldBe($"vaultsim: {path}: the folder '{folder}' is read-only, and a run file needs its journal beside it; nothing was written. Make the folder writable, or record into another folder.\n");
            Directory.GetFiles(folder).ShouldBe(fileExists ? [path] : []);
        }
        finally
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public void Should_RecordInTheFolder_When_TheSystemLetsAReportBeWrittenThere()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // Given a folder whose bits deny writing, which root (and only root) may write all the same
        var folder = Path.Combine(_folder.Path, "no-write-bit");
        Directory.CreateDirectory(folder);
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            // When
            var json = CliRun.Of("run", StoreScenarios.Fleet, "--json", Path.Combine(folder, "report.json"));
            var db = CliRun.Of("run", StoreScenarios.Fleet, "--db", Path.Combine(folder, "run.db"));

            // Then one rule decides for both outputs: what the system lets be written
            db.ExitCode.ShouldBe(json.ExitCode, db.Error);
            File.Exists(Path.Combine(folder, "run.db")).ShouldBe(File.Exists(Path.Combine(folder, "report.json")));
        }
        finally
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public void Should_NameTheReadOnlyFolder_When_TheSystemRefusesEvenRootAFileThere()
    {
        // Given /sys, where no one may create a file, root included
        const string folder = "/sys";
        if (!OperatingSystem.IsLinux() || !Directory.Exists(folder))
        {
            return;
        }

        var path = Path.Combine(folder, "vaultsim-run.db");

        // When
        var outcome = CliRun.Of("run", StoreScenarios.Fleet, "--db", path);

        // Then
        outcome.ExitCode.ShouldBe(2);
        outcome.Error.ShouldBe($"vaultsim: {path}: the folder '{folder}' is read-only, and a run file needs its journal beside it; nothing was written. Make the folder writable, or record into another folder.\n");
        File.Exists(path).ShouldBeFalse();
    }

    /// <summary>Every command that opens a run file: to record into, to read, to compare, or to reopen as a lab.</summary>
    public static TheoryData<string> Openers => new() { "run", "report", "diff", "tui" };

    private static CliRun Open(string command, string path) =>
        command == "tui" ? CliRun.Of("tui", "--db", path) : Use(command, path);

    [Theory]
    [MemberData(nameof(Openers))]
    public void Should_SayItIsNotARegularFileAndLeaveNoJournal_When_TheFileIsADevice(string command)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // Given /dev/null, which .NET takes for an empty file and SQLite fails to write ("disk I/O error")
        const string device = "/dev/null";
        var journalWasThere = File.Exists(device + "-journal");

        // When
        var outcome = Open(command, device);

        // Then
        outcome.ExitCode.ShouldBe(2);
        outcome.Error.ShouldBe($"vaultsim: {device}: this is a device, not a regular file; it was left untouched. Name a run file (for example run.db).\n");
        outcome.Out.ShouldBeEmpty();
        File.Exists(device + "-journal").ShouldBe(journalWasThere);
    }

    [Theory]
    [MemberData(nameof(Openers))]
    public void Should_SayItIsAPipeWithoutWaitingForIt_When_TheFileIsANamedPipe(string command)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // Given a named pipe, which .NET takes for an empty file and reading would wait on for a writer
        var pipe = _folder.File("pipe.db");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [pipe]))
        {
            mkfifo.WaitForExit();
        }

        // When
        var outcome = Open(command, pipe);

        // Then
        outcome.ExitCode.ShouldBe(2);
        outcome.Error.ShouldBe($"vaultsim: {pipe}: this is a pipe, not a regular file; it was left untouched. Name a run file (for example run.db).\n");
        Directory.GetFiles(_folder.Path).ShouldBe([pipe]);
    }

    [Theory]
    [InlineData("run")]
    [InlineData("tui")]
    [InlineData("bench")]
    [InlineData("report")]
    public void Should_SayTheNameIsTooLongAndLeaveNothing_When_TheFileNameIsLongerThanTheFileSystemAllows(string command)
    {
        // Given a name of 300 bytes, which SQLite could not open and whose clean-up then threw PathTooLongException
        var path = _folder.File(new string('a', 297) + ".db");

        // When
        var outcome = command == "bench" ? CliRun.Of("bench", "--vms", "1", "--days", "1", "--db", path) : Open(command, path);

        // Then
        outcome.ExitCode.ShouldBe(2);
        outcome.Error.ShouldBe($"vaultsim: {path}: the name is longer than the file system allows (most take 255 bytes), so there is no such file and none can be made; name a shorter one (for example run.db).\n");
        Directory.GetFileSystemEntries(_folder.Path).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Should_SayTheFileIsDamaged_When_ZeroedPagesTookItsRunsRowWithThem(string command)
    {
        // Given a run file with 400 KiB zeroed 80 KiB in, as a failing disk or a bad copy leaves it: its runs table then
        // reads as having no row
        var path = RecordedRun();
        using (var file = new FileStream(path, FileMode.Open, FileAccess.Write))
        {
            file.Position = 80 * 1024;
            file.Write(new byte[400 * 1024]);
        }

        // When, Then it is not called a file with no run in it, which sends a person to look for a run never recorded
        ShouldRefuseAndLeaveUntouched(command, path, "the file is damaged: SQLite finds its pages malformed; it was left untouched. Restore it from a copy, or record the run again.");
    }

    [Fact]
    public void Should_SayTheRunMayStillBeBeingRecorded_When_ARunIsRecordedIntoAFileWhoseRunIsNotComplete()
    {
        // Given a file whose recording was stopped at its start, as one another vaultsim is still recording reads
        var path = _folder.File("incomplete.db");
        using var stop = new CancellationTokenSource();
        stop.Cancel();
        var text = File.ReadAllText(StoreScenarios.Fleet);
        Should.Throw<RunInterruptedException>(() => Simulator.Store.Recording.RecordedRun.Run(path, ScenarioParser.Parse(text, StoreScenarios.Fleet), text, cancel: stop.Token));

        // When, Then it is not offered for deleting, which would end a recording still going on
        ShouldRefuseAndLeaveUntouched("run", path, "the file already holds a recorded run, not complete: one still being recorded, or stopped before its end; it was left untouched. Record into a new file.");
    }

    /// <summary>A recorded run's file cut short after <paramref name="keep"/> bytes, as a copy that stopped part-way leaves it; and its whole length.</summary>
    private (string Path, long Whole) CutShort(string name, int keep)
    {
        var whole = File.ReadAllBytes(RecordedRun());
        var path = _folder.File(name);
        File.WriteAllBytes(path, whole[..Math.Min(keep, whole.Length / 2)]);
        return (path, whole.Length);
    }

    [Theory]
    [MemberData(nameof(Openers))]
    public void Should_SayTheFileWasCutShortAndLeaveItUntouched_When_ARunFileIsTruncated(string command)
    {
        // Given the first 4 KiB of a run file: its header, which gives its whole length, and part of its first page
        var (path, whole) = CutShort("cut.db", 4096);

        // When, Then
        ShouldRefuseAndLeaveUntouched(command, path, string.Create(CultureInfo.InvariantCulture,
            $"the file is damaged: it was cut short, and holds 4,096 of the {whole:N0} bytes its header gives; it was left untouched. Copy the whole file again, or record the run again."));
    }

    [Theory]
    [MemberData(nameof(Openers))]
    public void Should_SayTheFileWasCutShortAndLeaveItUntouched_When_ItEndsWithinItsHeader(string command)
    {
        // Given a run file cut after 16 bytes: "SQLite format 3" and nothing more
        var (path, _) = CutShort("header.db", 16);

        // When, Then
        ShouldRefuseAndLeaveUntouched(command, path, "the file is damaged: it was cut short, and ends after 16 bytes, within the 100 of its header; it was left untouched. Copy the whole file again, or record the run again.");
    }

    [Theory]
    [MemberData(nameof(Openers))]
    public void Should_SayTheFileIsDamagedAndLeaveItUntouched_When_APageIsOverwritten(string command)
    {
        // Given a run file of full length whose second page (the schema's tables) was zeroed
        var path = RecordedRun();
        var bytes = File.ReadAllBytes(path);
        var pageSize = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(16)) is var size and not 1 ? size : 65_536; // 1 stands for 64 KiB
        Array.Clear(bytes, pageSize, pageSize);
        File.WriteAllBytes(path, bytes);

        // When, Then
        ShouldRefuseAndLeaveUntouched(command, path, "the file is damaged: SQLite finds its pages malformed; it was left untouched. Restore it from a copy, or record the run again.");
    }

    [Theory]
    [MemberData(nameof(Openers))]
    public void Should_SayTheVersionDoesNotMatchItsTablesAndLeaveItUntouched_When_TheSchemaVersionWasLoweredByHand(string command)
    {
        // Given a run file of this version that says it is of the one before, whose step would add a column it has
        var path = RecordedRun();
        SqliteFiles.Execute(path, $"PRAGMA user_version = {Migrations.Current - 1}");

        // When, Then, in words rather than SQLite's "duplicate column name"
        ShouldRefuseAndLeaveUntouched(command, path, string.Create(CultureInfo.InvariantCulture,
            $"this run file has schema version {Migrations.Current - 1}, but its tables are those of version {Migrations.Current} (was the number changed by hand?); it was left untouched. Set it back with 'PRAGMA user_version = {Migrations.Current}' in the sqlite3 shell, or restore it from a copy."));
    }

    [Fact]
    public void Should_NameWhatSetsTheTablesApart_When_TheyAreThoseOfNoVersion()
    {
        // Given a run file said to be of version 2, which has version 3's item keys but not its column of actions
        var path = RecordedRun();
        SqliteFiles.Execute(path, "DROP TABLE purges; DROP TABLE policy_files; ALTER TABLE actions DROP COLUMN events_before; PRAGMA user_version = 2");

        // When, Then
        ShouldRefuseAndLeaveUntouched("report", path,
            "this run file has schema version 2, but its tables are not that version's: it has table 'item_keys', column 'jobs.item_id', column 'recovery_points.item_id' and 1 more, which version 2 has not; it lacks column 'jobs.item', column 'jobs.vault', column 'recovery_points.item' and 1 more, which version 2 has (was it edited?); it was left untouched. Restore it from a copy, or record the run again.");
    }

    public static TheoryData<string> Readers => new() { "report", "diff" };

    /// <summary>Like <see cref="ShouldRefuseAndLeaveUntouched"/>, for a file whose damage only reading its rows meets; nothing is printed before it either.</summary>
    private static void ShouldRefuseToRead(string command, string path, string problem)
    {
        var before = FileSnapshot.Of(path);

        var outcome = Use(command, path);

        outcome.ExitCode.ShouldBe(2);
        outcome.Error.ShouldBe($"vaultsim: {path}: {problem}\n");
        outcome.Out.ShouldBeEmpty();
        FileSnapshot.Of(path).ShouldBe(before);
    }

    [Fact]
    public void Should_NameTheFileWithoutAStackTrace_When_AValueInItWasEditedByHand()
    {
        // diff never reads a job's transfer, so only the report meets it
        var path = RecordedRun();
        SqliteFiles.Execute(path, "UPDATE jobs SET transfer_gb = 'abc'");

        ShouldRefuseToRead("report", path, $"table 'jobs', column 'transfer_gb', in the row with seq 1: found 'abc', expected a number of GB, 0 or more{EditedTime}");
    }

    private const string IsoTime = "an ISO 8601 instant with nine fraction digits, such as 2026-03-02T00:00:00.000000000Z";

    private const string Ticks = "a whole number of 100-ns ticks since 1970-01-01T00:00:00Z, such as 17724096000000000 for 2026-03-02T00:00:00Z";

    private const string EditedTime = " (was it edited?); it was left untouched. Restore it from a copy, or record the run again.";

    /// <summary>A time edited by hand: the command that meets it, the edit, and the cell the refusal names.</summary>
    public static TheoryData<string, string, string> EditedTimes => new()
    {
        { "report FILE jobs", "UPDATE runs SET start_at = 'not a time'", $"table 'runs', column 'start_at', in the row with id 1: found 'not a time', expected {IsoTime}" },
        { "diff FILE FILE", "UPDATE runs SET reached = '2026-02-06T00:00:00Z'", $"table 'runs', column 'reached', in the row with id 1: found '2026-02-06T00:00:00Z', expected {IsoTime}" },
        { "report FILE items", "UPDATE items SET last_backup_time = 'yesterday' WHERE name = 'web-01'", $"table 'items', column 'last_backup_time', in the row with vault 'vault-store' and name 'web-01': found 'yesterday', expected {IsoTime}" },
        { "report FILE jobs", "UPDATE jobs SET end_at = 'garbage' WHERE seq = 3", $"table 'jobs', column 'end_at', in the row with seq 3: found 'garbage', expected {Ticks}" },
        { "report FILE jobs", "UPDATE jobs SET start_at = 1.5 WHERE seq >= 7", $"table 'jobs', column 'start_at', in the row with seq 7: found the real number 1.5, expected {Ticks}" },
        { "report FILE points --item web-01", "UPDATE recovery_points SET vault_expiry = x'00ff' WHERE item_id = 5", $"table 'recovery_points', column 'vault_expiry', in the row with id {{0}}: found a BLOB of 2 bytes, expected {Ticks}" },
        { "diff FILE FILE", "UPDATE recovery_points SET time = '2026-02-03' WHERE item_id = 5", $"table 'recovery_points', column 'time', in the row with id {{0}}: found '2026-02-03', expected {Ticks}" },
    };

    [Theory]
    [MemberData(nameof(EditedTimes))]
    public void Should_NameTheTableRowAndColumnWithWhatWasFoundAndExpected_When_ATimeWasEditedByHand(string command, string edit, string problem)
    {
        // Given
        var path = RecordedRun();
        var firstPoint = SqliteFiles.Scalar(path, "SELECT min(id) FROM recovery_points WHERE item_id = 5");
        SqliteFiles.Execute(path, edit);
        var before = FileSnapshot.Of(path);

        // When
        var outcome = CliRun.Of([.. command.Split(' ').Select(word => word == "FILE" ? path : word)]);

        // Then, in our words rather than NodaTime's or Dapper's, and with the file as it was
        outcome.ExitCode.ShouldBe(2);
        outcome.Error.ShouldBe($"vaultsim: {path}: {string.Format(CultureInfo.InvariantCulture, problem, firstPoint)}{EditedTime}\n");
        outcome.Out.ShouldBeEmpty();
        FileSnapshot.Of(path).ShouldBe(before);
    }

    /// <summary>A cell of the one <c>runs</c> row edited to another kind of value: the edit, and the cell the refusal names.</summary>
    public static TheoryData<string, string> EditedRunCells => new()
    {
        { "UPDATE runs SET seed = 'abc'", "table 'runs', column 'seed', in the row with id 1: found 'abc', expected a whole number" },
        { "UPDATE runs SET events = x'00'", "table 'runs', column 'events', in the row with id 1: found a BLOB of 1 byte, expected a whole number" },
        { "UPDATE runs SET scenario_text = x'6869'", "table 'runs', column 'scenario_text', in the row with id 1: found a BLOB of 2 bytes, expected text" },
        { "UPDATE runs SET first_version = 'six'", "table 'runs', column 'first_version', in the row with id 1: found 'six', expected a whole number or nothing (NULL)" },
    };

    /// <summary>A time of the one <c>runs</c> row edited out of order with the others: the edit, and the cell the refusal names.</summary>
    public static TheoryData<string, string> RunTimesOutOfOrder => new()
    {
        { "UPDATE runs SET reached = '2020-01-01T00:00:00.000000000Z'", "table 'runs', column 'reached', in the row with id 1: found '2020-01-01T00:00:00.000000000Z', expected a time from start_at to end_at (2026-02-02T00:00:00Z to 2026-02-06T00:00:00Z)" },
        { "UPDATE runs SET reached = '2099-01-01T00:00:00.000000000Z'", "table 'runs', column 'reached', in the row with id 1: found '2099-01-01T00:00:00.000000000Z', expected a time from start_at to end_at (2026-02-02T00:00:00Z to 2026-02-06T00:00:00Z)" },
        { "UPDATE runs SET end_at = '2026-02-01T00:00:00.000000000Z'", "table 'runs', column 'end_at', in the row with id 1: found '2026-02-01T00:00:00.000000000Z', expected a time no earlier than start_at (2026-02-02T00:00:00Z)" },
    };

    /// <summary>A time of the one <c>runs</c> row edited out of the years vaultsim takes anywhere: the edit, and the cell the refusal names.</summary>
    public static TheoryData<string, string> RunTimesOutOfRange => new()
    {
        { "UPDATE runs SET start_at = '1969-12-31T00:00:00.000000000Z'", "table 'runs', column 'start_at', in the row with id 1: found '1969-12-31T00:00:00.000000000Z', expected a time in a year from 1970 to 2999" },
        { "UPDATE runs SET end_at = '3000-01-01T00:00:00.000000000Z'", "table 'runs', column 'end_at', in the row with id 1: found '3000-01-01T00:00:00.000000000Z', expected a time in a year from 1970 to 2999" },
    };

    [Theory]
    [MemberData(nameof(RunTimesOutOfRange))]
    public void Should_NameTheRunsTimeAndTheYearsTaken_When_ItIsInAYearNoScenarioRuns(string edit, string problem)
    {
        // Given
        var path = RecordedRun();
        SqliteFiles.Execute(path, edit);

        // When, Then: where a run of 1969 or 3000 was listed, whose times could not be given to --from or --to
        ShouldRefuseToRead("report", path, $"{problem}{EditedTime}");
    }

    [Theory]
    [MemberData(nameof(RunTimesOutOfOrder))]
    public void Should_NameTheRunsTime_When_ItFallsOutsideTheRun(string edit, string problem)
    {
        // Given
        var path = RecordedRun();
        SqliteFiles.Execute(path, edit);

        // When, Then: where reports said the run was recorded up to a time before it began, and in-flight jobs ran for negative times
        ShouldRefuseToRead("report", path, $"{problem}{EditedTime}");
    }

    [Theory]
    [MemberData(nameof(EditedRunCells))]
    public void Should_NameTheRunsCell_When_ItHoldsAnotherKindOfValue(string edit, string problem)
    {
        // Given
        var path = RecordedRun();
        SqliteFiles.Execute(path, edit);

        // When, Then: the cell named, where Dapper's "Error parsing column 3" made it "a value no vaultsim run writes"
        ShouldRefuseToRead("report", path, $"{problem}{EditedTime}");
    }

    [Fact]
    public void Should_NameTheRunsSeed_When_ItIsNoSeedAScenarioTakes()
    {
        // Given
        var path = RecordedRun();
        SqliteFiles.Execute(path, "UPDATE runs SET seed = -5");

        // When, Then: where reports gave the run a seed it never ran with, and the dashboard reopening it crashed
        ShouldRefuseToRead("report", path, $"table 'runs', column 'seed', in the row with id 1: found -5, expected a seed from 0 to {long.MaxValue}{EditedTime}");
        Should.Throw<RunStoreException>(() => RunStore.Open(path)).Problem.ShouldContain("column 'seed'");
    }

    [Fact]
    public void Should_NameTheRunsStatusCell_When_ItWasReplacedByABlob()
    {
        // Given
        var path = RecordedRun();
        SqliteFiles.Execute(path, "PRAGMA ignore_check_constraints = ON; UPDATE runs SET status = x'00ff'");

        // When, Then: said in our words, never as Dapper's stack trace
        ShouldRefuseToRead("report", path, $"table 'runs', column 'status', in the row with id 1: found a value that is not text, expected 'complete' or 'incomplete'{EditedTime}");
    }

    [Fact]
    public void Should_ShowTheStartOfALongValueWithItsControlCharactersAsCodes_When_ATimeWasReplacedByOne()
    {
        // Given a page of text, with an escape sequence that would turn the terminal red, in place of a time
        var path = RecordedRun();
        SqliteFiles.Execute(path, "UPDATE runs SET end_at = char(27) || '[31m' || printf('%.200c', 'x')");

        // When, Then: the first 40 characters of the cell, the escape among them written as the policy reader writes it
        ShouldRefuseToRead("report", path, $"table 'runs', column 'end_at', in the row with id 1: found '\\u001B[31m{new string('x', 35)}…' (205 characters), expected {IsoTime}{EditedTime}");
    }

    [Fact]
    public void Should_ShowTheControlCharacterAsItsCode_When_AJobsCellHoldsOne()
    {
        // Given a job's status with an escape sequence that would clear the terminal
        var path = RecordedRun();
        SqliteFiles.Execute(path, "UPDATE jobs SET status = 'Bog' || char(27) || '[2Jus' WHERE seq = 5");

        // When
        var outcome = CliRun.Of("report", path, "jobs");

        // Then the character as its code, as the policy reader and the scenario reader show one, not as a '?' that could be typed
        outcome.ExitCode.ShouldBe(2);
        outcome.Error.ShouldBe($"vaultsim: {path}: table 'jobs', column 'status', in the row with seq 5: found 'Bog\\u001B[2Jus', expected one of 'InProgress', 'Completed', 'CompletedWithWarnings', 'Failed', 'Cancelled'{EditedTime}\n");
        outcome.Error.ShouldNotContain("\u001b");
    }

    [Fact]
    public void Should_ShowTheControlCharacterAsItsCode_When_TheRowsKeyHoldsOne()
    {
        // Given web-01 renamed with an escape sequence that would clear the terminal, in its data source and its item, whose state is edited too
        var path = RecordedRun();
        SqliteFiles.Execute(path, "PRAGMA foreign_keys = OFF; UPDATE data_sources SET name = 'web' || char(27) || '[2J-01' WHERE name = 'web-01'; "
            + "UPDATE items SET name = 'web' || char(27) || '[2J-01', protection_state = 'Bogus' WHERE name = 'web-01'");

        // When
        var outcome = CliRun.Of("report", path, "items");

        // Then the row is named with the character as its code, as the cell it refuses is, never raw
        outcome.ExitCode.ShouldBe(2);
        outcome.Error.ShouldBe($"vaultsim: {path}: table 'items', column 'protection_state', in the row with vault 'vault-store' and name 'web\\u001B[2J-01': found 'Bogus', "
            + $"expected one of 'IRPending', 'Protected', 'ProtectionError', 'ProtectionStopped', 'BackupsSuspended'{EditedTime}\n");
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void Should_NameTheMissingTable_When_ATableWasDropped(string command)
    {
        var path = RecordedRun();
        SqliteFiles.Execute(path, "DROP TABLE jobs");

        ShouldRefuseToRead(command, path, "it has no table 'jobs', which every vaultsim run file holds (was it edited?); it was left untouched. Restore it from a copy, or record the run again.");
    }

    [Theory]
    [InlineData("report", "event_blocks")]
    [InlineData("diff", "event_blocks")]
    [InlineData("report", "batches")]
    [InlineData("diff", "vaults")]
    [InlineData("report", "outcomes")]
    public void Should_NameTheMissingTable_When_ATableTheCommandDoesNotReadWasDropped(string command, string table)
    {
        // Given a table dropped that a report of jobs, or a comparison, never reads: taken before for a whole run
        var path = RecordedRun();
        SqliteFiles.Execute(path, $"PRAGMA foreign_keys = OFF; DROP TABLE {table}");

        ShouldRefuseToRead(command, path, $"it has no table '{table}', which every vaultsim run file holds (was it edited?); it was left untouched. Restore it from a copy, or record the run again.");
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void Should_NameTheTableAndColumn_When_ATableWasMadeAgainWithoutItsColumns(string command)
    {
        // Given purges remade with a column of someone's own: a report of jobs never read it, and a report of points named the column alone
        var path = RecordedRun();
        SqliteFiles.Execute(path, "PRAGMA foreign_keys = OFF; DROP TABLE purges; CREATE TABLE purges (x)");

        ShouldRefuseToRead(command, path, "it has no column 'at' in table 'purges', which every vaultsim run file holds (was it edited?); it was left untouched. Restore it from a copy, or record the run again.");
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void Should_NameTheMissingColumn_When_AColumnWasDropped(string command)
    {
        var path = RecordedRun();
        SqliteFiles.Execute(path, "ALTER TABLE jobs DROP COLUMN status");

        ShouldRefuseToRead(command, path, "it has no column 'status' in table 'jobs', which every vaultsim run file holds (was it edited?); it was left untouched. Restore it from a copy, or record the run again.");
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void Should_NameTheMissingColumn_When_AColumnWasDroppedFromAnUnfinishedRun(string command)
    {
        // Given a run whose open jobs are rebuilt from its events, into a copy of the jobs table that lacks the column
        var path = RecordedRun();
        SqliteFiles.Execute(path, "UPDATE runs SET status = 'incomplete'; ALTER TABLE jobs DROP COLUMN status");

        // When, Then: the file's column named, where SQLite's "table temp.open_jobs has no column named status" named a table of vaultsim's own
        ShouldRefuseToRead(command, path, "it has no column 'status' in table 'jobs', which every vaultsim run file holds (was it edited?); it was left untouched. Restore it from a copy, or record the run again.");
    }

    [Fact]
    public void Should_ReportWithoutChangingIt_When_ARecordedRunIsReadOnly()
    {
        // Given
        var path = RecordedRun();
        File.SetAttributes(path, FileAttributes.ReadOnly);
        var before = FileSnapshot.Of(path);

        // When
        var outcome = CliRun.Of("report", path, "jobs", "--status", "Failed");

        // Then
        outcome.ExitCode.ShouldBe(0, outcome.Error);
        outcome.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(2 + StoreScenarios.Journal(StoreScenarios.Fleet).OfType<Simulator.Core.Journal.JobFinished>().Count(j => j.Status == "Failed"));
        FileSnapshot.Of(path).ShouldBe(before);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Should_NameTheMissingFolder_When_TheFileSitsInAFolderThatDoesNotExist(string command)
    {
        // Given
        var folder = Path.Combine(_folder.Path, "no-such-folder");
        var path = Path.Combine(folder, "run.db");

        // When
        var outcome = Use(command, path);

        // Then
        outcome.ExitCode.ShouldBe(2);
        outcome.Error.ShouldBe($"vaultsim: {path}: the folder '{folder}' does not exist; create it first, or choose another path.\n");
        Directory.Exists(folder).ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Should_SayThePathGoesThroughAFile_When_AFolderOnTheWayIsAFile(string command)
    {
        // Given a path that goes on through an existing file, as run.db/x.db does
        var file = _folder.File("plain.txt");
        File.WriteAllText(file, "not a folder");
        var path = Path.Combine(file, "deeper", "run.db");

        // When
        var outcome = Use(command, path);

        // Then the file is named as what stands in the way: "create the folder first" could not be done
        outcome.ExitCode.ShouldBe(2);
        outcome.Error.ShouldBe($"vaultsim: {path}: '{file}' is a file, not a folder, so no path goes on through it; choose another path.\n");
        File.ReadAllText(file).ShouldBe("not a folder");
    }

    [Fact]
    public void Should_RefuseAndCreateNoFile_When_SeveralScenariosAreRecordedIntoOneFile()
    {
        // Given
        var path = _folder.File("many.db");

        // When
        var outcome = CliRun.Of("run", StoreScenarios.Fleet, StoreScenarios.LongFleet, "--db", path);

        // Then
        outcome.ExitCode.ShouldBe(2);
        outcome.Error.ShouldStartWith($"vaultsim: --db {path}: a run file records one run, and 2 scenarios were named.");
        File.Exists(path).ShouldBeFalse();
    }
}
