namespace Simulator.Store.Reading;

/// <summary>A sequence read from the file as it is enumerated, each enumeration a query of its own, its failures told in the file's words.</summary>
/// <remarks>
/// A reader's queries turn what a damaged file makes them throw into the file's error around the whole query; a
/// sequence read lazily throws later, from its enumerator, so the same turning is done there, at each step.
/// </remarks>
internal sealed class GuardedSequence<T>(Func<IEnumerable<T>> open, Func<Exception, Exception?> told) : IEnumerable<T>
{
    public IEnumerator<T> GetEnumerator() => new Enumerator(open, told);

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private sealed class Enumerator(Func<IEnumerable<T>> open, Func<Exception, Exception?> told) : IEnumerator<T>
    {
        private IEnumerator<T>? _inner;

        public T Current => _inner is { } inner ? inner.Current : throw new InvalidOperationException("MoveNext has not been called.");

        object? System.Collections.IEnumerator.Current => Current;

        public bool MoveNext()
        {
            try
            {
                _inner ??= open().GetEnumerator();
                return _inner.MoveNext();
            }
            catch (Exception e) when (told(e) is { } file)
            {
                throw file;
            }
        }

        public void Reset() => throw new NotSupportedException("A query's rows are read once; enumerate the sequence again to read them again.");

        public void Dispose() => _inner?.Dispose();
    }
}
