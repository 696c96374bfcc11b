using System.Globalization;
using System.Text;

namespace Simulator.Core;

/// <summary>Control characters in the text a scenario or a policy file reads: refused, and never echoed raw.</summary>
/// <remarks>
/// YAML's double-quoted escapes (<c>"\x01"</c>, <c>"\0"</c>, <c>"\e"</c>) put any of them in a value. Text flows from the
/// file into the dashboard, the journal and the reports: an escape sequence in a step's <c>say</c> would redraw the
/// terminal, and a character XML can't hold would stop a JUnit report halfway. Besides <see cref="char.IsControl(char)"/>'s,
/// the line and paragraph separators break a line as a line feed does, and the bidirectional overrides reorder the
/// text after them on screen (a name could read as another). The other format characters show as nothing: a zero-width
/// space, a word joiner, a soft hyphen, a left-to-right or right-to-left mark, or a byte-order mark past the file's
/// start (two files pasted into one). 'vm-a' with one was another name than 'vm-a', and a key with one an unknown key
/// whose "did you mean" named the very key it showed. The whole Unicode category is refused rather than a list of its
/// members, so no mark is left out.
/// </remarks>
public static class ControlCharacters
{
    /// <summary>Why <paramref name="text"/> can't be used, or null when it holds no control character.</summary>
    /// <param name="text">The text read.</param>
    /// <param name="lineBreaksAllowed">Whether line breaks and tabs are allowed, as in a description.</param>
    /// <param name="subject">What the text is, as the message names it.</param>
    public static string? Problem(string text, bool lineBreaksAllowed, string subject = "the text")
    {
        foreach (var c in text)
        {
            if (!IsControl(c) || (lineBreaksAllowed && c is '\n' or '\t'))
            {
                continue;
            }

            if (Invisible(c) is { } name)
            {
                return $"{subject} holds an invisible character ({Code(c)}, {name}), which shows as nothing, so that two texts that read the same would differ; remove it.";
            }

            var where = c is '\n' or '\t' or '\r' ? " Line breaks and tabs are allowed only in 'description'." : string.Empty;
            return string.Create(CultureInfo.InvariantCulture, $"{subject} holds a control character ({Code(c)}), which can't be shown or written to a report; remove it.{where}");
        }

        return null;
    }

    /// <summary>The first control character of a line and its column (1-based), tabs and a carriage return aside; null when it holds none.</summary>
    /// <remarks>A syntax mistake on such a line is that character's doing: YAML reads a byte-order mark before a comment as text.</remarks>
    public static (char Character, int Column)? FirstOnLine(string line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            if (IsControl(line[i]) && line[i] is not '\t' and not '\r')
            {
                return (line[i], i + 1);
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="text"/> holds a control character, line breaks and tabs included.</summary>
    public static bool AnyIn(string text) => text.Any(IsControl);

    /// <summary>The text with every control character written as its code (<c>\u001B</c>), for a message that quotes it.</summary>
    public static string Visible(string text)
    {
        if (!AnyIn(text))
        {
            return text;
        }

        var visible = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            visible.Append(IsControl(c) ? string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}") : c);
        }

        return visible.ToString();
    }

    /// <summary>The text without its control characters: what a person sees of it.</summary>
    public static string Unseen(string text) => AnyIn(text) ? string.Concat(text.Where(c => !IsControl(c))) : text;

    /// <summary>Whether the character is one this class refuses and shows as its code: line breaks and tabs among them.</summary>
    public static bool IsControl(char c) =>
        char.IsControl(c) || c is '\u2028' or '\u2029' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;

    /// <summary>What a format character is, named as a person would look it up; null for a control character.</summary>
    /// <remarks>"Control character" sent a person who pasted an emoji made of several (joined by U+200D) looking for a control code.</remarks>
    private static string? Invisible(char c) => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format ? null : c switch
    {
        '\uFEFF' => "a byte-order mark, as at the start of a file pasted in",
        '\u200B' => "a zero-width space",
        '\u200C' => "a zero-width non-joiner",
        '\u200D' => "a zero-width joiner, as in an emoji made of several",
        '\u2060' => "a word joiner",
        '\u00AD' => "a soft hyphen",
        '\u200E' or '\u200F' or '\u061C' => "a text direction mark",
        >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' => "a text direction override, which reorders the text after it on screen",
        _ => "a format character",
    };

    private static string Code(char c) => string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4}");
}
