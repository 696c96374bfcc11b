namespace Simulator.Core;

/// <summary>Finds what a misspelt name was probably meant to be, for "did you mean" hints.</summary>
public static class Spelling
{
    /// <summary>Words people write for an outcome that Azure, and so the simulator, names with another.</summary>
    /// <remarks>By letters 'transferFinished' is nearer 'transferSkipped' than the 'transferCompleted' it means.</remarks>
    private static readonly (string Word, string Meant)[] OtherWords =
    [
        ("Finished", "Completed"), ("Done", "Completed"), ("Succeeded", "Completed"), ("Success", "Completed"), ("Successful", "Completed"),
        ("Error", "Failed"), ("Errored", "Failed"), ("Failure", "Failed"),
        ("Began", "Started"), ("Begun", "Started"),
    ];

    /// <summary>The candidate closest to <paramref name="name"/> (ignoring case), or null when none is close enough to be a slip.</summary>
    /// <remarks>Of equally close candidates the first wins, so the hint is the same on every run. A candidate that is
    /// the name with one of its words put as Azure puts it means that one: 'transferFinished' is transferCompleted,
    /// 'Succeeded' Completed. Else a word of three letters or more that begins exactly one candidate means that one:
    /// 'Jan' is January, though by letters 'May' is nearer.</remarks>
    public static string? Closest(string name, IEnumerable<string> candidates)
    {
        var limit = Math.Max(2, name.Length / 3);
        var lower = name.ToLowerInvariant();
        var reworded = Reworded(name).ToList();
        string? sameOutcome = null;
        string? best = null;
        var bestDistance = int.MaxValue;
        string? begun = null;
        var begins = 0;
        foreach (var candidate in candidates)
        {
            if (sameOutcome is null && reworded.Contains(candidate, StringComparer.OrdinalIgnoreCase))
            {
                sameOutcome = candidate;
            }

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

        return sameOutcome ?? (begins == 1 ? begun : bestDistance <= limit ? best : null);
    }

    /// <summary>The name with one of its words (<c>Finished</c> in <c>transferFinished</c>, the whole of <c>error</c>)
    /// put as Azure puts it.</summary>
    private static IEnumerable<string> Reworded(string name)
    {
        foreach (var (word, meant) in OtherWords)
        {
            for (var at = name.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = name.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                // A whole word only: camelCase starts one with a capital, and 'Done' in 'Donerkebab' is none.
                var starts = at == 0 || char.IsUpper(name[at]) || !char.IsLetter(name[at - 1]);
                var ends = at + word.Length == name.Length || !char.IsLower(name[at + word.Length]);
                if (starts && ends)
                {
                    yield return string.Concat(name.AsSpan(0, at), meant, name.AsSpan(at + word.Length));
                }
            }
        }
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
