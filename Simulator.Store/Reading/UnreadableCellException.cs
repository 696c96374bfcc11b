using System.Globalization;

namespace Simulator.Store.Reading;

/// <summary>A cell of a run file that holds what vaultsim never writes there (a time that is not a time, text for a number): where it is, what it holds, and what belongs there.</summary>
/// <remarks>
/// NodaTime's and Dapper's own words ("does not match the required number from the format string", "Error parsing
/// column 6") name neither the table nor the row, and the person who edited the file needs both to put it right.
/// </remarks>
internal sealed class UnreadableCellException : FormatException
{
    public UnreadableCellException(string table, string row, string column, string found, string expected, Exception? inner = null)
        : base(string.Create(CultureInfo.InvariantCulture, $"table '{table}', column '{column}', in the row with {row}: found {found}, expected {expected}"), inner)
    {
        Table = table;
        Row = row;
        Column = column;
        Found = found;
        Expected = expected;
    }

    public string Table { get; }

    /// <summary>The row's key, as a person would look it up: "seq 3", "id 1", "vault 'v' and name 'n'".</summary>
    public string Row { get; }

    public string Column { get; }

    /// <summary>What the cell holds, shortened and quoted, or described when it is not text.</summary>
    public string Found { get; }

    public string Expected { get; }
}
