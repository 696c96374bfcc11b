using Dapper;
using Microsoft.Data.Sqlite;
using Simulator.Store.Recording;

namespace Simulator.Store.Folding;

/// <summary>The number each vault and item is stored under (<c>item_keys</c>), given out the first time a row names them.</summary>
/// <remarks>
/// Job and point rows carry the number rather than the two names: millions of rows, a few thousand items. The keys
/// a file holds are read once; a new one is inserted in the transaction of the row that first names it.
/// </remarks>
internal sealed class ItemKeys : IDisposable
{
    private readonly Dictionary<(string Vault, string Item), long> _ids = [];

    // The engine hands each item's row the same two string objects every time, so a lookup by the item's reference
    // finds nearly every row without hashing or comparing text: it was a fifth of the writer's own code when keyed
    // by the names alone. An equal name in another object falls through to the names.
    private readonly Dictionary<string, (string Vault, long Id)> _byReference = new(ReferenceEqualityComparer.Instance);
    private readonly RawStatement _insert;
    private long _last;

    // The keys by the item's number in the simulation recording now (JournalEntry.ItemNumber), 0 where not known yet.
    private long[] _byNumber = [];

    /// <param name="connection">An open connection to the file.</param>
    /// <param name="table">The table of keys: the file's, or a reader's temporary copy of it (this class's callers' constants, never input).</param>
    public ItemKeys(SqliteConnection connection, string table = "item_keys")
    {
        foreach (var (id, vault, item) in connection.Query<(long Id, string Vault, string Item)>($"SELECT id, vault, item FROM {table}"))
        {
            _ids.Add((vault, item), id);
            _last = Math.Max(_last, id);
        }

        _insert = new RawStatement(connection, $"INSERT INTO {table} (id, vault, item) VALUES (?1, ?2, ?3)");
    }

    /// <param name="vault">The vault's name.</param>
    /// <param name="item">The item's name.</param>
    /// <param name="number">The item's number in the simulation recording now, or 0 when it is not known (a row rebuilt from a file).</param>
    public long Of(string vault, string item, int number = 0)
    {
        if ((uint)number < (uint)_byNumber.Length && _byNumber[number] != 0)
        {
            return _byNumber[number];
        }

        var id = ByName(vault, item);
        if (number > 0)
        {
            if (number >= _byNumber.Length)
            {
                Array.Resize(ref _byNumber, Math.Max(number + 1, _byNumber.Length * 2));
            }

            _byNumber[number] = id;
        }

        return id;
    }

    private long ByName(string vault, string item)
    {
        if (_byReference.TryGetValue(item, out var known) && ReferenceEquals(known.Vault, vault))
        {
            return known.Id;
        }

        if (!_ids.TryGetValue((vault, item), out var id))
        {
            id = ++_last;
            _insert.Bind(1, id).Bind(2, vault).Bind(3, item).Run();
            _ids.Add((vault, item), id);
        }

        _byReference[item] = (vault, id);
        return id;
    }

    public void Dispose() => _insert.Dispose();
}
