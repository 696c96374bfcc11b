namespace Simulator.Tui.Cli;

/// <summary>A path named on the command line that gives no scenario file, and why: told as "path: why".</summary>
internal sealed record PathProblem(string Path, string Why)
{
    public override string ToString() => $"{Path}: {Why}";
}
