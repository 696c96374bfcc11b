using Simulator.Tests.Support;

namespace Simulator.Tests.Cli;

/// <summary>A symbolic link to a file that does not exist is said to be one, where .NET would say "could not find file" of the link.</summary>
public sealed class BrokenLinkTests : IDisposable
{
    private static readonly string Scenario = Path.Combine(RepositoryFiles.Scenarios, "demo.yaml");

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private (string Link, string Missing) BrokenLink(string name, string target)
    {
        var link = _folder.File(name);
        var missing = _folder.File(target);
        File.CreateSymbolicLink(link, missing);
        return (link, missing);
    }

    [Theory]
    [InlineData("run SCENARIO --db LINK")]
    [InlineData("bench --vms 2 --days 1 --db LINK")]
    [InlineData("report LINK jobs")]
    [InlineData("diff LINK LINK")]
    public void Should_SayTheRunFileIsALinkToAMissingFile_When_ItsTargetDoesNotExist(string commandLine)
    {
        // Given a link left behind when its run file was deleted
        var (link, missing) = BrokenLink("run.db", "gone.db");

        // When
        var run = CliRun.Line(commandLine.Replace("LINK", link, StringComparison.Ordinal), Scenario);

        // Then
        run.ExitCode.ShouldBe(2);
        run.Out.ShouldBeEmpty();
        run.Error.ShouldBe($"vaultsim: {link}: this is a symbolic link to '{missing}', which does not exist; it was left untouched. Name a run file (for example run.db).\n");
        File.Exists(missing).ShouldBeFalse();
    }

    [Fact]
    public void Should_SayTheScenarioIsALinkToAMissingFile_When_ShowIsGivenOne()
    {
        // Given
        var (link, missing) = BrokenLink("s.yaml", "moved.yaml");

        // When
        var run = CliRun.Of("show", link);

        // Then
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe($"{link}:1:1: this is a symbolic link to '{missing}', which does not exist; name a scenario file (for example scenarios/demo.yaml).\n");
    }

    [Fact]
    public void Should_NameTheMissingFileFromTheCurrentFolder_When_TheLinkIsGivenByARelativePath()
    {
        // Given a link in a scenario folder named from the checkout, which was told with the missing file's full path:
        // the machine's own folder, in the JUnit and JSON reports too
        var (link, _) = BrokenLink("s.yaml", "moved.yaml");
        File.Delete(link);
        File.CreateSymbolicLink(link, "moved.yaml");
        var given = Path.GetRelativePath(Environment.CurrentDirectory, link);
        var json = _folder.File("report.json");

        // When
        var run = CliRun.Of("run", given, "--json", json);

        // Then
        var missing = Path.Combine(Path.GetDirectoryName(given)!, "moved.yaml");
        run.Error.ShouldBe($"{given}:1:1: this is a symbolic link to '{missing}', which does not exist; name a scenario file (for example scenarios/demo.yaml).\n");
        // The paths as they were given, relative, climb to the folder through its full path when the tests run
        // outside it: only the full path written on its own would be the machine's.
        File.ReadAllText(json).Replace(given, "given", StringComparison.Ordinal).Replace(missing, "missing", StringComparison.Ordinal).ShouldNotContain(_folder.Path);
    }

    [Fact]
    public void Should_SayTheLinksGoRoundInACircle_When_TwoLinksNameEachOther()
    {
        // Given
        var (first, _) = BrokenLink("a.db", "b.db");
        File.CreateSymbolicLink(_folder.File("b.db"), first);

        // When
        var run = CliRun.Of("report", first, "items");

        // Then
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe($"vaultsim: {first}: this is a symbolic link whose links lead round in a circle to no file; it was left untouched. Name a run file (for example run.db).\n");
    }

    [Theory]
    [InlineData("--json")]
    [InlineData("--junit")]
    public void Should_WriteTheReportWhereTheLinkLeads_When_ItsFileDoesNotExistYet(string option)
    {
        // Given a link to a report not yet written, as a shell's > would write through it
        var (link, missing) = BrokenLink("report.out", "latest.out");

        // When
        var run = CliRun.Of("run", Scenario, option, link, "--quiet");

        // Then
        run.Error.ShouldBeEmpty();
        run.ExitCode.ShouldBe(0);
        File.ReadAllText(missing).ShouldNotBeEmpty();
        new FileInfo(link).LinkTarget.ShouldBe(missing);
    }

    [Fact]
    public void Should_SayTheLinksFolderIsMissing_When_AReportLinkLeadsIntoAFolderThatDoesNotExist()
    {
        // Given
        var (link, missing) = BrokenLink("report.json", Path.Combine("gone", "report.json"));

        // When
        var run = CliRun.Of("run", Scenario, "--json", link);

        // Then
        run.ExitCode.ShouldBe(2);
        run.Out.ShouldBeEmpty();
        run.Error.ShouldBe($"vaultsim: --json {link}: this is a symbolic link to '{missing}', whose folder '{Path.GetDirectoryName(missing)}' does not exist; create it first, or choose another path.\n");
    }

    [Fact]
    public void Should_SayTheLinksGoRoundInACircle_When_AReportIsNamedByOne()
    {
        // Given
        var (first, _) = BrokenLink("a.json", "b.json");
        File.CreateSymbolicLink(_folder.File("b.json"), first);

        // When
        var run = CliRun.Of("run", Scenario, "--junit", first);

        // Then
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe($"vaultsim: --junit {first}: this is a symbolic link whose links lead round in a circle to no file; remove the link, or choose another path.\n");
    }
}
