using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Simulator.Core.Policies.AzureJson;

/// <summary>Says why a text is not JSON in plain words, as the scenario reader says it of YAML.</summary>
/// <remarks>
/// System.Text.Json words its errors for a programmer ("Expected depth to be zero at the end of the JSON payload").
/// The text is read again token by token up to the failure, so the mistake is told from what came before it (the
/// object left open, the name without its ':', the number that breaks the rule of numbers), not from the parser's
/// message; what is not recognised here keeps the parser's first sentence. The place stays the parser's.
/// </remarks>
internal static partial class JsonSyntax
{
    private const string Quotes = "a text is written in double quotes";

    /// <summary>How deep System.Text.Json reads by default (<c>MaxDepth</c> 0), here and in <see cref="AzurePolicyReader"/>.</summary>
    private const int MaxDepth = 64;

    private enum Expected
    {
        Value,
        ValueOrEnd,
        Name,
        NameOrEnd,
        AfterValue,
    }

    /// <summary>The mistake in plain words, or null when it is not one of those recognised.</summary>
    /// <param name="json">The text the parser failed on.</param>
    /// <param name="path">The path of the value the mistake is in, when it is a number's; else empty.</param>
    public static string? Explain(string json, out string path)
    {
        path = string.Empty;
        var bytes = Encoding.UTF8.GetBytes(json);
        var read = ReadUntilFailure(bytes);
        var at = Skip(bytes, read.Consumed);
        if (at < 0)
        {
            return UnclosedComment(bytes, ~at);
        }

        var expected = read.Expected;
        var afterComma = false;
        if (expected == Expected.AfterValue && read.Open.Count > 0 && at < bytes.Length && bytes[at] == (byte)',')
        {
            at = Skip(bytes, at + 1);
            expected = read.Open[^1].IsObject ? Expected.Name : Expected.Value;
            afterComma = true;
            if (at < 0)
            {
                return UnclosedComment(bytes, ~at);
            }
        }

        if (at >= bytes.Length)
        {
            return read.AnyToken ? Unclosed(bytes, read) : "the file holds no JSON (it is empty, or holds only comments); a policy JSON file holds a policy object, as 'az backup policy show' prints one.";
        }

        if (Rune.DecodeFromUtf8(bytes.AsSpan(at), out var rune, out _) == OperationStatus.Done && rune.IsBmp && NoBreakSpaces.IsOne((char)rune.Value))
        {
            var letter = (char)rune.Value;
            // Pasted from a web page, it looks like the space JSON wants, and the parser took it for the start of a value or a name.
            return $"{NoBreakSpaces.Name(letter)} (U+{(int)letter:X4}) stands where JSON needs a plain space, and JSON reads no other; type a space in its place.";
        }

        var found = bytes[at];
        if (read.Open.Count == MaxDepth && found is (byte)'{' or (byte)'[')
        {
            // The parser stops at the first object or array past its depth, though it may be well-formed.
            return $"the file nests deeper than {MaxDepth} levels (an object or array inside another); a policy JSON file nests a few.";
        }

        var closer = found is (byte)'}' or (byte)']';
        if (afterComma && closer)
        {
            var (isObject, opened) = read.Open[^1];
            return isObject
                ? $"a ',' follows the last member of the object opened at line {LineOf(bytes, opened)}; JSON allows none there: remove it."
                : $"a ',' follows the last item of the array opened at line {LineOf(bytes, opened)}; JSON allows none there: remove it.";
        }

        if (found == (byte)',' && expected != Expected.AfterValue && Comma(bytes, read, afterComma) is { } comma)
        {
            // Read as the start of a name or a value, a comma too many was told as a name not in double quotes: ",".
            return comma;
        }

        if (expected is Expected.Value or Expected.ValueOrEnd && found is (byte)'+' or (byte)'.' && Unsigned(bytes, at) is { } unsigned)
        {
            // Told as an unquoted word, "a text is written in double quotes (\"+1\")", of what is meant as a number.
            path = read.ValuePath();
            return unsigned;
        }

        if (expected is Expected.Value or Expected.ValueOrEnd && found is (byte)'-' or (>= (byte)'0' and <= (byte)'9'))
        {
            path = read.ValuePath();
            return Number(bytes, at);
        }

        return expected switch
        {
            Expected.AfterValue => AfterValue(bytes, read, found),
            Expected.Name or Expected.NameOrEnd when found == (byte)'"' => AfterName(bytes, read, at) ?? RawControl(bytes, at),
            Expected.Name or Expected.NameOrEnd => $"a member's name is written in double quotes: \"{Word(bytes, at).Trim('\'')}\".",
            _ when found == (byte)'"' => UnclosedText(bytes, at) ?? RawControl(bytes, at),
            _ when (closer || found == (byte)',') && read.Last == JsonTokenType.PropertyName => $"a value is missing after \"{read.LastName}\":.",
            _ when closer || found == (byte)',' => null,
            _ => $"'{Word(bytes, at)}' is not a JSON value: {Quotes} (\"{Word(bytes, at)}\"), and true, false and null in lower case.",
        };
    }

    private static string? AfterValue(byte[] bytes, Reading read, byte found)
    {
        if (read.Open.Count == 0)
        {
            var what = read.Last == JsonTokenType.EndArray ? "array" : read.Last == JsonTokenType.EndObject ? "object" : "value";
            return found is (byte)'}' or (byte)']'
                ? $"this '{(char)found}' closes nothing: the file's {what} was closed before it; remove it."
                : $"a second value starts here, after the file's {what} was closed; a policy JSON file holds one policy object, or an array of them ([{{...}}, {{...}}]).";
        }

        var (isObject, opened) = read.Open[^1];
        return found switch
        {
            (byte)'}' when !isObject => $"this '}}' does not close the array opened at line {LineOf(bytes, opened)}, which ends with ']'.",
            (byte)']' when isObject => $"this ']' does not close the object opened at line {LineOf(bytes, opened)}, which ends with '}}'.",
            _ when isObject => "a ',' is missing before this point: the members of an object are separated by commas.",
            _ => "a ',' is missing before this point: the items of an array are separated by commas.",
        };
    }

    /// <summary>A ',' where a name or a value belongs: after another, or first in an object or array; null after a
    /// name's ':', where the value is what is missing.</summary>
    private static string? Comma(byte[] bytes, Reading read, bool afterComma)
    {
        if (afterComma)
        {
            return "a ',' too many: two commas with nothing between them; remove one.";
        }

        if (read.Open.Count == 0 || read.Last is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return null;
        }

        var (isObject, opened) = read.Open[^1];
        return $"a ',' comes before the first {(isObject ? "member of the object" : "item of the array")} opened at line {LineOf(bytes, opened)}; JSON allows none there: remove it.";
    }

    /// <summary>The file ended with an object or array still open; the innermost is named, as the parser reached its end inside it.</summary>
    private static string? Unclosed(byte[] bytes, Reading read)
    {
        if (read.Open.Count == 0)
        {
            return null;
        }

        var (isObject, opened) = read.Open[^1];
        return isObject
            ? $"the object opened at line {LineOf(bytes, opened)} is not closed: its '}}' is missing."
            : $"the array opened at line {LineOf(bytes, opened)} is not closed: its ']' is missing.";
    }

    private static string UnclosedComment(byte[] bytes, int opened) =>
        $"a comment opened with '/*' at line {LineOf(bytes, opened)} is not closed: its '*/' is missing.";

    /// <summary>A member's name was read but not its ':' (the reader reads the two as one token).</summary>
    private static string? AfterName(byte[] bytes, Reading read, int quote)
    {
        if (TextEnd(bytes, quote) is not { } end)
        {
            return UnclosedText(bytes, quote);
        }

        var next = Skip(bytes, end);
        return next < 0 || next >= bytes.Length ? Unclosed(bytes, read)
            : bytes[next] != (byte)':' ? $"a ':' is missing after the name {Encoding.UTF8.GetString(bytes, quote, end - quote)}."
            : null;
    }

    /// <summary>A tab, a line break or another control character written as itself in the text opened at
    /// <paramref name="quote"/>, which JSON takes only escaped; null when it holds none.</summary>
    /// <remarks>The parser called a tab typed in a name "'0x09' is invalid within a JSON string".</remarks>
    private static string? RawControl(byte[] bytes, int quote)
    {
        for (var i = quote + 1; i < bytes.Length && bytes[i] != (byte)'"'; i++)
        {
            if (bytes[i] == (byte)'\\')
            {
                i++;
            }
            else if (bytes[i] < 0x20)
            {
                return bytes[i] switch
                {
                    (byte)'\t' => "a text holds a tab as itself, which JSON does not take; write it \\t, or type a space in its place.",
                    (byte)'\n' or (byte)'\r' => "a text runs on to the next line, which JSON does not take: is its closing quote missing? A line break in a text is written \\n.",
                    _ => $"a text holds the control character U+{bytes[i]:X4} as itself, which JSON does not take; write it \\u{bytes[i]:X4}, or remove it.",
                };
            }
        }

        return null;
    }

    /// <summary>A text that runs to the end of the file; one that is closed has something else wrong inside (an escape, a tab), which the parser words well.</summary>
    private static string? UnclosedText(byte[] bytes, int quote) => TextEnd(bytes, quote) is null
        ? $"a text opened with '\"' at line {LineOf(bytes, quote)} is not closed: its closing quote is missing."
        : null;
}
