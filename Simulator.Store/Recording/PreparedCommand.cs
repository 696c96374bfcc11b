using Microsoft.Data.Sqlite;

namespace Simulator.Store.Recording;

/// <summary>One statement prepared once per connection and run for many rows: every per-event write goes through one.</summary>
/// <remarks>
/// Dapper's multi-row Execute builds its parameters again for every row; on a big fleet (a million events) that
/// cost as much as SQLite itself. Here the parameters are made once and only their values change, the recipe of the
/// Microsoft.Data.Sqlite bulk-insert page. Values are still parameters: no row text ever reaches the SQL.
/// </remarks>
internal sealed class PreparedCommand<T> : IDisposable
{
    private readonly SqliteCommand _command;
    private readonly SqliteParameter[] _parameters;
    private readonly Func<T, int, object?> _value;
    private bool _prepared;

    /// <param name="sql">The statement, naming its parameters <c>@p0</c>, <c>@p1</c>…</param>
    /// <param name="count">How many parameters it has.</param>
    /// <param name="value">The value of a row's parameter, by its number.</param>
    public PreparedCommand(SqliteConnection connection, string sql, int count, Func<T, int, object?> value)
    {
        _command = connection.CreateCommand();
        _command.CommandText = sql;
        _parameters = Enumerable.Range(0, count).Select(i => _command.Parameters.Add(new SqliteParameter($"@p{i}", null))).ToArray();
        _value = value;
    }

    /// <summary>An INSERT of <paramref name="columns"/> into <paramref name="table"/>, the values in the columns' order.</summary>
    public static PreparedCommand<T> Insert(SqliteConnection connection, string table, string[] columns, Func<T, int, object?> value) =>
        new(connection, $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})", columns.Length, value);

    public void Run(IReadOnlyList<T> rows, SqliteTransaction tx)
    {
        if (rows.Count == 0)
        {
            return;
        }

        _command.Transaction = tx;
        foreach (var row in rows)
        {
            for (var i = 0; i < _parameters.Length; i++)
            {
                _parameters[i].Value = _value(row, i) ?? DBNull.Value;
            }

            if (!_prepared)
            {
                _command.Prepare();
                _prepared = true;
            }

            _command.ExecuteNonQuery();
        }
    }

    public void Dispose() => _command.Dispose();
}
