using Simulator.Tests.Support;

namespace Simulator.Tests.Cli;

/// <summary>A folder given to run or validate is read with its subfolders, in one order on every system.</summary>
public sealed class ScenarioPathsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Given => Path.GetRelativePath(Environment.CurrentDirectory, _folder.Path);

    private void Write(string relative)
    {
        var path = Path.Combine(_folder.Path, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, $"""
            name: {Path.GetFileNameWithoutExtension(path)}
            start: 2026-01-01T00:00:00Z
            duration: 3d
            """);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("run")]
    public void Should_ReadEverySubfolderInNameOrder_When_AFolderIsGiven(string command)
    {
        // Given a tree of scenarios, of which the subfolders' were skipped without a word
        Write("b.yaml");
        Write("a.yml");
        Write("sub/d.YAML");
        Write("sub/deeper/e.yaml");
        Write("c/f.yaml");
        File.WriteAllText(_folder.File("notes.txt"), "not a scenario");

        // When
        var run = CliRun.Of(command, Given);

        // Then each line ends with the path from the folder given, in name order segment by segment
        run.ExitCode.ShouldBe(0, run.Error);
        var files = run.Out.Split('\n').Where(l => l.StartsWith("OK ", StringComparison.Ordinal) || l.StartsWith("PASS ", StringComparison.Ordinal))
            .Select(l => Path.GetRelativePath(Given, l[(l.LastIndexOf("  ", StringComparison.Ordinal) + 2)..]).Replace('\\', '/'));
        files.ShouldBe(["a.yml", "b.yaml", "c/f.yaml", "sub/d.YAML", "sub/deeper/e.yaml"], ignoreOrder: false);
        run.Out.Split('\n').ShouldContain(l => l.EndsWith($"  {Path.Combine(Given, "sub", "deeper", "e.yaml")}", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_LeaveHiddenSubfoldersUnread_When_AFolderIsGiven()
    {
        // Given a repository's own hidden folders, whose YAML (CI workflows) is no scenario
        Write("a.yaml");
        Directory.CreateDirectory(_folder.File(".github"));
        File.WriteAllText(_folder.File(".github/ci.yml"), "on: push\n");

        // When
        var run = CliRun.Of("validate", _folder.Path);

        // Then
        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.Split('\n')[^2].ShouldBe("1 valid");
    }

    [Fact]
    public void Should_ReadAFolderOnce_When_ALinkInsideItLeadsBackToIt()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // Given a link to the folder inside it, which would be followed for ever
        Write("a.yaml");
        Directory.CreateSymbolicLink(_folder.File("loop"), _folder.Path);

        // When
        var run = CliRun.Of("validate", _folder.Path);

        // Then
        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.Split('\n')[^2].ShouldBe("1 valid");
    }

    [Fact]
    public void Should_NameEveryExtensionRead_When_AFolderHoldsNoScenario()
    {
        // Given a folder of other files only
        File.WriteAllText(_folder.File("notes.txt"), "not a scenario");

        // When
        var run = CliRun.Of("run", _folder.Path);

        // Then
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe($"vaultsim: {_folder.Path}: the folder holds no scenario files (.yaml or .yml, in any case) in it or its subfolders; name a scenario file, or a folder that holds some.\n");
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("run")]
    public void Should_NameTheFolderAndExitTwo_When_ASubfolderCantBeRead(string command)
    {
        // Given a scenario beside a subfolder that can't be listed, which threw UnauthorizedAccessException out of the command line
        Write("a.yaml");
        if (UnreadableFolder("locked") is not { } locked)
        {
            return;
        }

        try
        {
            // When
            var run = CliRun.Of(command, _folder.Path);

            // Then validate still checks the file beside it, and run runs nothing
            run.ExitCode.ShouldBe(2);
            if (command == "validate")
            {
                run.Out.ShouldStartWith("OK ");
                run.Out.ShouldEndWith("1 valid, 1 invalid\n");
            }
            else
            {
                run.Out.ShouldBeEmpty();
            }

            run.Error.ShouldBe($"vaultsim: {locked}: the folder can't be read (permission denied), so the scenarios in it can't be found; make it readable, or name the scenario files or folders to use.\n");
        }
        finally
        {
            Restore(locked);
        }
    }

    [Fact]
    public void Should_SayAFolderOnItsWayMayNotBeSearched_When_AFileIsNamedInsideOne()
    {
        // Given a folder that may not be searched, which made a file named in it "no such file or folder"
        if (UnreadableFolder("locked") is not { } locked)
        {
            return;
        }

        try
        {
            // When
            var run = CliRun.Of("validate", Path.Combine(locked, "a.yaml"));

            // Then
            run.ExitCode.ShouldBe(2);
            run.Error.ShouldBe($"vaultsim: {Path.Combine(locked, "a.yaml")}: a folder on its way may not be searched (permission denied), so whether it is there can't be told; make the folders on its path searchable (chmod +x), or name another file.\n");
        }
        finally
        {
            Restore(locked);
        }
    }

    [Fact]
    public void Should_SayItTakesOneFile_When_AFolderGivenToShowHasASubfolderThatCantBeRead()
    {
        // Given
        Write("a.yaml");
        if (UnreadableFolder("locked") is not { } locked)
        {
            return;
        }

        try
        {
            // When
            var run = CliRun.Of("show", _folder.Path);

            // Then the folder is refused as a folder, and no example is offered from a tree not read through
            run.ExitCode.ShouldBe(2);
            run.Error.ShouldBe($"vaultsim: {_folder.Path}: show takes one scenario file, not a folder; name a scenario file (for example scenarios/demo.yaml).\n");
        }
        finally
        {
            Restore(locked);
        }
    }

    /// <summary>A subfolder this process may not list, or null where none can be made.</summary>
    /// <remarks>
    /// Its permissions taken away stop any user but root; for root (a container's tests), a link to a folder of /proc
    /// that the kernel keeps from a process without ptrace rights over its owner, where there is one.
    /// </remarks>
    private string? UnreadableFolder(string name)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        var path = _folder.File(name);
        Directory.CreateDirectory(path);
        File.SetUnixFileMode(path, UnixFileMode.None);
        if (!CanList(path))
        {
            return path;
        }

        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Directory.Delete(path);
        const string kept = "/proc/1/fdinfo";
        if (!Directory.Exists(kept) || CanList(kept))
        {
            return null;
        }

        Directory.CreateSymbolicLink(path, kept);
        return path;
    }

    /// <summary>Makes <see cref="UnreadableFolder"/>'s folder one the clean-up can remove.</summary>
    private static void Restore(string locked)
    {
        // A link goes now, as the clean-up would follow it into /proc; a mode set through it would be set there.
        if (new DirectoryInfo(locked).LinkTarget is not null)
        {
            Directory.Delete(locked);
        }
        else if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static bool CanList(string folder)
    {
        try
        {
            _ = Directory.EnumerateFileSystemEntries(folder).Any();
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    [Fact]
    public void Should_TellEachPathAndCheckTheOtherFiles_When_ValidateIsGivenAPathThatNamesNothing()
    {
        // Given a file with a mistake, and a path that names nothing after it
        var bad = _folder.File("bad.yaml");
        File.WriteAllText(bad, "name: [\n");
        var missing = _folder.File("missing.yaml");

        // When
        var validate = CliRun.Of("validate", bad, missing);

        // Then the file's mistake is told too: the missing path alone was, and the file went unchecked
        validate.ExitCode.ShouldBe(2);
        validate.Error.ShouldBe($"vaultsim: {missing}: no such file or folder.\n{bad}:1:7: not valid YAML: a list opened with '[' here is not closed: a ']' is missing before the end of the file.\n");
        validate.Out.ShouldBe("0 valid, 2 invalid\n");
    }

    [Fact]
    public void Should_NameEveryPathThatNamesNothingOnce_When_RunIsGivenSeveral()
    {
        var (first, second) = (_folder.File("first.yaml"), _folder.File("second.yaml"));

        var run = CliRun.Of("run", first, second, first);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe($"vaultsim: {first}: no such file or folder.\nvaultsim: {second}: no such file or folder.\n");
    }
}
