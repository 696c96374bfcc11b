using System.Diagnostics;
using System.Text;
using Simulator.Tests.Support;

namespace Simulator.Tests.Cli;

/// <summary>What vaultsim writes to a file is UTF-8 whatever charset the locale names, so output is the same bytes on every machine.</summary>
public sealed class LocaleEncodingTests
{
    [Theory]
    [InlineData("en_US.ISO-8859-1")]
    [InlineData("en_US.UTF-32")]
    public void Should_WriteUtf8ToAFile_When_TheLocaleNamesAnotherCharset(string locale)
    {
        // Given standard output and standard error redirected to files, as '> out 2> err' does
        using var folder = new TempFolder();
        var output = folder.File("out.txt");
        var error = folder.File("err.txt");

        // When the dashboard is rendered, and a file named with an accent is not found
        Run(locale, $"render '{Path.Combine(RepositoryFiles.Scenarios, "demo.yaml")}' --at +1d --width 80 --height 24 > '{output}'");
        Run(locale, $"show '{folder.File("café.yaml")}' 2> '{error}'");

        // Then both are UTF-8: the box lines and the accent, not '?' or four bytes a character
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        strict.GetString(File.ReadAllBytes(output)).ShouldStartWith(" ❚❚ paused │ ");
        strict.GetString(File.ReadAllBytes(error)).ShouldContain("café.yaml");
    }

    private static void Run(string locale, string command)
    {
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"exec dotnet '{Path.Combine(AppContext.BaseDirectory, "vaultsim.dll")}' {command}");
        start.Environment["LC_ALL"] = locale;
        start.Environment["LANG"] = locale;
        using var child = Process.Start(start)!;
        child.WaitForExit(TimeSpan.FromSeconds(60)).ShouldBeTrue();
    }
}
