using System.Globalization;
using System.Text;

namespace Simulator.Core;

/// <summary>Spaces other than the plain one (a no-break space, as a web page, a chat or a word processor pastes it)
/// where YAML or JSON needs a plain space: after a key's ':', after a list's '-', in the indentation.</summary>
/// <remarks>
/// YAML separates with the plain space and the tab alone, and reads any other space as a letter, so 'name:&#xA0;x' is
/// one text with no key, and the mistake YAML then finds, on that line or the next, says nothing a person can see:
/// the two look the same. JSON likewise separates with the plain space, the tab and the line breaks alone. In a text
/// (a step's <c>say</c>) such a space is a letter as any other, and kept.
/// </remarks>
public static class NoBreakSpaces
{
    /// <summary>Where on the line a space YAML does not read as one stands where YAML needs a plain space, and which it
    /// is; null when there is none.</summary>
    public static (char Space, int Column)? WhereYamlNeedsASpace(string line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            if (!IsOne(line[i]))
            {
                continue;
            }

            var before = line[..i].TrimStart(' ');
            if (before.Length == 0 || before.All(IsOne) || before.EndsWith(':') || before == "-" || before.EndsWith(" -", StringComparison.Ordinal))
            {
                return (line[i], i + 1);
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="text"/> holds such a space: a key never does, as no key has a space.</summary>
    public static bool AnyIn(string text) => text.Any(IsOne);

    /// <summary>Why the space can't stand there, said of <paramref name="subject"/> (<c>the line</c>, <c>the key</c>).</summary>
    public static string Problem(char space, string subject) => string.Create(CultureInfo.InvariantCulture,
        $"{subject} holds {Name(space)} (U+{(int)space:X4}) where YAML needs a plain space, and reads it as a letter; type a space in its place.");

    /// <summary>The text with each such space written as its code (<c>\u00A0</c>), which a message can show apart from a space.</summary>
    public static string Visible(string text)
    {
        var visible = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            visible.Append(IsOne(c) ? string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}") : c);
        }

        return visible.ToString();
    }

    /// <summary>The text with each such space a plain one: the key a person meant.</summary>
    public static string Plain(string text) => string.Concat(text.Select(c => IsOne(c) ? ' ' : c)).Trim(' ');

    /// <summary>The first such space in <paramref name="text"/>.</summary>
    public static char First(string text) => text.First(IsOne);

    /// <summary>What the space is called, with an article: <c>a no-break space</c>.</summary>
    public static string Name(char space) => space switch
    {
        '\u00A0' => "a no-break space",
        '\u202F' => "a narrow no-break space",
        '\u3000' => "an ideographic space",
        _ => "a wide space",
    };

    /// <summary>True for a space YAML and JSON do not read as one: the no-break spaces and the typographic ones.</summary>
    public static bool IsOne(char c) => c is '\u00A0' or '\u1680' or (>= '\u2000' and <= '\u200A') or '\u202F' or '\u205F' or '\u3000';
}
