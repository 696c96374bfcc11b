using System.Globalization;

namespace Simulator.Store.Reading;

/// <summary>A row a run file must hold, which another table's row names, and which is not there (deleted by hand): where it was looked for, and what names it.</summary>
/// <remarks>A reader that went without it would list less than the run had, without a word.</remarks>
internal sealed class MissingRowException : FormatException
{
    public MissingRowException(string table, string row, string namedBy)
        : base(string.Create(CultureInfo.InvariantCulture, $"table '{table}' has no row with {row}, {namedBy}"))
    {
        Table = table;
        Row = row;
    }

    public string Table { get; }

    /// <summary>The missing row's key, as <see cref="UnreadableCellException.Row"/> names a row: "vault 'v' and name 'n'".</summary>
    public string Row { get; }
}
