using Simulator.Tests.Support;
using Simulator.Tui.Cli;

namespace Simulator.Tests.Cli;

/// <summary>What a command echoes from outside (a path, a name it was given) never controls the terminal it writes to.</summary>
public sealed class VisibleOutputTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Should_ShowTheEscapeAsItsCode_When_AScenarioFoundInAFolderHasOneInItsName()
    {
        // Given a scenario whose file name holds the sequence that clears a terminal
        var folder = Path.Combine(_folder.Path, "lessons");
        Directory.CreateDirectory(folder);
        File.Copy(Path.Combine(RepositoryFiles.Scenarios, "demo.yaml"), Path.Combine(folder, "x\u001b[2Jy.yaml"));

        // When
        var validate = CliRun.Of("validate", folder);

        // Then
        validate.ExitCode.ShouldBe(0, validate.Error);
        validate.Out.ShouldContain(Path.Combine(folder, "x\\u001B[2Jy.yaml"));
        validate.Out.ShouldNotContain("\u001b");
    }

    [Fact]
    public void Should_ShowTheEscapeAsItsCode_When_ARefusedValueHoldsOne()
    {
        var render = CliRun.Of("render", Path.Combine(RepositoryFiles.Scenarios, "demo.yaml"), "--at", "+1d", "--item", "\u001b[31mX");

        render.ExitCode.ShouldBe(2);
        render.Error.ShouldStartWith("vaultsim: --item: scenario 'demo' has no protected item '\\u001B[31mX' at +1d.");
        render.Error.ShouldNotContain("\u001b");
    }

    [Fact]
    public void Should_KeepLineBreaksAndTabs_When_ItShowsOtherControlCharactersAsCodes_ALoneCarriageReturnAmongThem()
    {
        using var inner = new StringWriter();
        using var writer = new VisibleWriter(inner);

        writer.Write("a\tb\u0007\r\r\n");
        writer.Write('\u001b');
        writer.WriteLine("c\u200Bd");
        writer.Write(['e', '\u0000', 'f'], 0, 3);

        inner.ToString().ShouldBe("a\tb\\u0007\\u000D\r\n\\u001Bc\\u200Bd\ne\\u0000f");
    }
}
