namespace Simulator.Store.Reading;

/// <summary>A sequence read from the file as it is enumerated, each enumeration a query of its own, its failures told in the file's words.</summary>
/// <remarks>
/// A reader's queries turn what a damaged file makes them throw into the file's error around the whole query; a
/// sequence read lazily throws later, from its enumerator, so each step runs inside the same turning (<paramref name="guarded"/>).
/// </remarks>
internal sealed class GuardedSequence<T>(Func<IEnumerable<T>> open, Func<Func<bool>, bool> guarded) : IEnumerable<T>
{
    public IEnumerator<T> GetEnumerator() => new Enumerator(open, guarded);

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private sealed class Enumerator(Func<IEnumerable<T>> open, Func<Func<bool>, bool> guarded) : IEnumerator<T>
    {
        private IEnumerator<T>? _inner;

        public T Current => _inner is { } inner ? inner.Current : throw new InvalidOperationException("MoveNext has not been called.");

        object? System.Collections.IEnumerator.Current => Current;

        public bool MoveNext() => guarded(() =>
        {
            _inner ??= open().GetEnumerator();
            return _inner.MoveNext();
        });

        public void Reset() => throw new NotSupportedException("A query's rows are read once; enumerate the sequence again to read them again.");

        public void Dispose() => _inner?.Dispose();
    }
}
