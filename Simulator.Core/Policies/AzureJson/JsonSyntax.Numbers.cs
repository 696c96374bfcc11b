using System.Text;

namespace Simulator.Core.Policies.AzureJson;

/// <summary>A number the parser could not read, told by the rule of JSON numbers it breaks, with the way to write it.</summary>
/// <remarks>
/// A JSON number is an optional '-', then 0 or digits that do not start with 0, then optionally a '.' and digits, then
/// optionally an exponent: 'e' or 'E', a sign or none, and digits (RFC 8259 §6). The text is read along that rule up to
/// the first character that breaks it.
/// </remarks>
internal static partial class JsonSyntax
{
    /// <summary>What is wrong with the number that starts at <paramref name="at"/>; null when it follows the rule (the
    /// parser failed on something else).</summary>
    private static string? Number(byte[] bytes, int at)
    {
        var word = NumberWord(bytes, at);
        return Broken(word) is { } reason ? $"'{Shown(word)}' is not a JSON number: {reason}." : null;
    }

    /// <summary>What is wrong with a number written with a '+' or with no digit before its '.' (<c>+1</c>, <c>.5</c>),
    /// as other languages take them; null when no number follows.</summary>
    private static string? Unsigned(byte[] bytes, int at)
    {
        var word = NumberWord(bytes, at);
        var written = word[0] == '+' ? word[1..] : "0" + word;
        return written.Length > 0 && Broken(written) is null
            ? $"'{Shown(word)}' is not a JSON number: a number starts with a digit, or '-' for one below 0; write {Shown(written)}."
            : null;
    }

    /// <summary>The number that starts at <paramref name="at"/>, up to what ends a value.</summary>
    private static string NumberWord(byte[] bytes, int at)
    {
        var end = at;
        // A control character ends it too, so none is written into the message.
        while (end < bytes.Length && bytes[end] is >= 0x20 and not ((byte)' ' or (byte)',' or (byte)':' or (byte)'}' or (byte)']'))
        {
            end++;
        }

        // Read whole, however long, so a mistake after many digits is found; told short, so the line stays readable.
        return Encoding.UTF8.GetString(bytes, at, end - at);
    }

    private static string Shown(string word) => word.Length <= 40 ? word : string.Concat(word.AsSpan(0, 37), "...");

    private static string? Broken(string word)
    {
        var i = word.StartsWith('-') ? 1 : 0;
        if (!IsDigitAt(word, i))
        {
            return $"a '-' is followed by the number's digits{Found(word, i)}, as in -2";
        }

        var digits = Digits(word, i);
        if (word[i] == '0' && digits > 1)
        {
            var trimmed = word[..i] + word[i..].TrimStart('0');
            var written = IsDigitAt(trimmed, i) ? trimmed : trimmed.Insert(i, "0");
            return Broken(written) is null
                ? $"a number starts with 0 only when it is 0 or 0.something; write {Shown(written)}"
                : "a number starts with 0 only when it is 0 or 0.something, as in 0.5";
        }

        i += digits;
        var fraction = i < word.Length && word[i] == '.';
        if (fraction)
        {
            if (!IsDigitAt(word, ++i))
            {
                return $"a '.' in a number is followed by digits{Found(word, i)}, as in 1.5";
            }

            i += Digits(word, i);
        }

        var exponent = i < word.Length && word[i] is 'e' or 'E';
        if (exponent)
        {
            var mark = word[i];
            i += i + 1 < word.Length && word[i + 1] is '+' or '-' ? 2 : 1;
            if (!IsDigitAt(word, i))
            {
                return $"an exponent ('{mark}') in a number is followed by digits{Found(word, i)}, as in 2e3";
            }

            i += Digits(word, i);
        }

        return i >= word.Length ? null : word[i] switch
        {
            '.' when exponent => "an exponent is a whole number, as in 2e3",
            '.' => $"a number holds one '.' at most; a version or an address is a text, written in double quotes (\"{Shown(word)}\")",
            'e' or 'E' when exponent => "a number holds one exponent at most, as in 2e3",
            var c => $"'{c}' can't follow the digits '{Shown(word[..i])}': write the number alone ({Shown(word[..i])}), or a text in double quotes (\"{Shown(word)}\")",
        };
    }

    private static string Found(string word, int i) => i < word.Length ? $", not '{word[i]}'" : string.Empty;

    private static bool IsDigitAt(string word, int i) => i < word.Length && char.IsAsciiDigit(word[i]);

    private static int Digits(string word, int from)
    {
        var end = from;
        while (end < word.Length && char.IsAsciiDigit(word[end]))
        {
            end++;
        }

        return end - from;
    }
}
