namespace Simulator.Core.Journal;

/// <summary>A job's name as a value: the GUID Azure shows, or any other text (a test's, a hand-edited file's) kept as written.</summary>
/// <remarks>
/// The journal hands a recording the GUID's bits rather than its text: a year of a big fleet starts millions of jobs,
/// and their names are otherwise made only to be read back into bits for the run file.
/// </remarks>
public readonly record struct JobKey
{
    private JobKey(Guid guid, string? text)
    {
        Guid = guid;
        Text = text;
    }

    /// <summary>The name's bits; empty when it is not a GUID (see <see cref="Text"/>).</summary>
    public Guid Guid { get; }

    /// <summary>Null when the name is <see cref="Guid"/> written as Azure writes it (lowercase, with hyphens); else the name as written.</summary>
    public string? Text { get; }

    public static JobKey From(Guid guid) => new(guid, null);

    /// <summary>The key of a name as it is written: a GUID only if it prints back exactly so.</summary>
    public static JobKey Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Guid.TryParseExact(name, "D", out var guid) && !name.AsSpan().ContainsAnyInRange('A', 'F') ? new(guid, null) : new(default, name);
    }

    /// <summary>The name as the journal writes it.</summary>
    public override string ToString() => Text ?? Guid.ToString("D");
}
