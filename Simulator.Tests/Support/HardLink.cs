using System.Diagnostics;

namespace Simulator.Tests.Support;

/// <summary>Makes a hard link, a second name for an existing file, which .NET has no API for.</summary>
internal static class HardLink
{
    public static string Create(string link, string target)
    {
        using var ln = Process.Start(new ProcessStartInfo("ln", [target, link]) { RedirectStandardError = true })!;
        var error = ln.StandardError.ReadToEnd();
        ln.WaitForExit();
        ln.ExitCode.ShouldBe(0, error);
        return link;
    }
}
