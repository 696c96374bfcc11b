using Simulator.Tests.Support;
using Simulator.Tui.Cli;

namespace Simulator.Tests.Cli;

public sealed class FileIdentityTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Write(string name)
    {
        var path = _folder.File(name);
        File.WriteAllText(path, "the same text\n");
        return path;
    }

    [Fact]
    public void Should_BeTheSame_When_TwoNamesAreHardLinksToOneFile()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // Given
        var file = Write("a.yaml");
        var link = HardLink.Create(_folder.File("b.json"), file);

        // When
        var identity = FileIdentity.Of(link);

        // Then
        identity.ShouldNotBeNull();
        identity.ShouldBe(FileIdentity.Of(file));
    }

    [Fact]
    public void Should_BeTheTargets_When_ThePathIsASymbolicLink()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // Given
        var file = Write("a.yaml");
        var link = _folder.File("b.json");
        File.CreateSymbolicLink(link, file);

        // When, reached from another folder by a relative path
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, link);

        // Then
        FileIdentity.Of(relative).ShouldBe(FileIdentity.Of(file));
    }

    [Fact]
    public void Should_Differ_When_TheFilesAreCopiesOfOneAnother()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // When
        var first = FileIdentity.Of(Write("a.yaml"));
        var copy = FileIdentity.Of(Write("b.yaml"));

        // Then
        first.ShouldNotBeNull();
        copy.ShouldNotBe(first);
    }

    [Fact]
    public void Should_BeNull_When_TheFileDoesNotExist() =>
        FileIdentity.Of(_folder.File("missing.json")).ShouldBeNull();
}
