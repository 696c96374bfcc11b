namespace Simulator.Core;

/// <summary>Finds what a misspelt name was probably meant to be, for "did you mean" hints.</summary>
public static class Spelling
{
    /// <summary>The candidate closest to <paramref name="name"/> (ignoring case), or null when none is close enough to be a slip.</summary>
    /// <remarks>Of equally close candidates the first wins, so the hint is the same on every run. A word of three letters
    /// or more that begins exactly one candidate means that one: 'Jan' is January, though by letters 'May' is nearer.</remarks>
    public static string? Closest(string name, IEnumerable<string> candidates)
    {
        var limit = Math.Max(2, name.Length / 3);
        var lower = name.ToLowerInvariant();
        string? best = null;
        var bestDistance = int.MaxValue;
        string? begun = null;
        var begins = 0;
        foreach (var candidate in candidates)
        {
            if (name.Length >= 3 && candidate.Length > name.Length && candidate.StartsWith(name, StringComparison.OrdinalIgnoreCase)
                && !string.Equals(candidate, begun, StringComparison.Ordinal))
            {
                (begun, begins) = (candidate, begins + 1);
            }

            // The distance is at least the difference in length: skipping those keeps a fleet of 100,000 names cheap.
            if (Math.Abs(candidate.Length - name.Length) > limit)
            {
                continue;
            }

            var distance = Distance(lower, candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return begins == 1 ? begun : bestDistance <= limit ? best : null;
    }

    // The edits counted are a letter inserted, deleted or changed, and two neighbours swapped (the optimal string
    // alignment distance): a swap is the commonest slip at a keyboard, and counted as two edits it tied with other
    // names, so that '--unitl' was told '--junit' rather than '--until'.
    private static int Distance(string a, string b)
    {
        if (a.Length > 64 || b.Length > 64)
        {
            return int.MaxValue;
        }

        var beforePrevious = new int[b.Length + 1];
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var row = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                row[j] = Math.Min(Math.Min(previous[j] + 1, row[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    row[j] = Math.Min(row[j], beforePrevious[j - 2] + 1);
                }
            }

            (beforePrevious, previous, row) = (previous, row, beforePrevious);
        }

        return previous[b.Length];
    }
}
