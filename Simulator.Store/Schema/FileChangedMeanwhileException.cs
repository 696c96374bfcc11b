namespace Simulator.Store.Schema;

/// <summary>Another process changed the file between its inspection and this one's write lock: most likely a recording begun at the same moment.</summary>
internal sealed class FileChangedMeanwhileException : Exception
{
    public FileChangedMeanwhileException()
        : base("The run file was changed by another process meanwhile.")
    {
    }
}
