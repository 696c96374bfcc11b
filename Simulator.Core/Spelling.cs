namespace Simulator.Core;

/// <summary>Finds what a misspelt name was probably meant to be, for "did you mean" hints.</summary>
public static class Spelling
{
    /// <summary>The candidate closest to <paramref name="name"/> (ignoring case), or null when none is close enough to be a slip.</summary>
    /// <remarks>Of equally close candidates the first wins, so the hint is the same on every run.</remarks>
    public static string? Closest(string name, IEnumerable<string> candidates)
    {
        var limit = Math.Max(2, name.Length / 3);
        var lower = name.ToLowerInvariant();
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
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

        return bestDistance <= limit ? best : null;
    }

    private static int Distance(string a, string b)
    {
        if (a.Length > 64 || b.Length > 64)
        {
            return int.MaxValue;
        }

        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var previous = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var current = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), previous + (a[i - 1] == b[j - 1] ? 0 : 1));
                previous = current;
            }
        }

        return row[b.Length];
    }
}
