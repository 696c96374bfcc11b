namespace Simulator.Store;

/// <summary>A run file that can't be used as asked: missing, not SQLite, of another schema, read-only, or failing to write.</summary>
/// <remarks>The message always starts with the file, so a person knows which file to look at.</remarks>
public sealed class RunStoreException : IOException
{
    public RunStoreException(string path, string problem, Exception? inner = null)
        : base($"{path}: {problem}", inner)
    {
        Path = path;
        Problem = problem;
    }

    /// <summary>The file, as the user named it.</summary>
    public string Path { get; }

    /// <summary>What is wrong with it, and what to do about it.</summary>
    public string Problem { get; }
}
