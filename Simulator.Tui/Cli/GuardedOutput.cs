namespace Simulator.Tui.Cli;

/// <summary>Standard output, whose failure to take what a command writes ends the command with the cause in our words.</summary>
/// <remarks>
/// .NET's console throws an <see cref="IOException"/> when the file output is redirected to can't take more (a full
/// disk: <c>vaultsim report run.db jobs --output csv &gt; jobs.csv</c> in a CI job), which escaped every command as an
/// unhandled exception: a stack trace and an abort. A reader closing the pipe early is not one of these: the console
/// ignores a broken pipe. Nor is a closed standard output, which .NET reports as access denied.
/// </remarks>
internal sealed class GuardedOutput(TextWriter inner) : GuardedWriter(inner)
{
    protected override void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (IOException e)
        {
            throw new OutputFailedException(e);
        }
        catch (UnauthorizedAccessException e) when (e.InnerException is IOException failure)
        {
            // How .NET tells a descriptor not open for writing (EBADF: 'vaultsim report run.db jobs >&-'), the
            // system's failure inside: "access denied" is not what happened.
            throw new OutputFailedException(failure);
        }
    }
}
