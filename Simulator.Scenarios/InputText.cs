using System.Text;
using Simulator.Core;

namespace Simulator.Scenarios;

/// <summary>Reads the text files vaultsim takes as input (scenarios, and policy JSON), refusing bytes that are not text in their encoding.</summary>
/// <remarks>
/// A file is UTF-8 unless a byte-order mark says it is UTF-16 or UTF-32 (as Windows PowerShell writes files). The
/// decoders throw rather than put U+FFFD in place of a byte they can't read: a Latin-1 'é' read silently as a
/// replacement character would become part of a name, and no later message would point at it.
/// </remarks>
public static class InputText
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // UTF-32 little-endian before UTF-16 little-endian: the first's mark begins with the second's.
    private static readonly Encoding[] Marked =
    [
        new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true),
        new UTF32Encoding(bigEndian: false, byteOrderMark: true, throwOnInvalidCharacters: true),
        new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true),
        new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true),
        new UTF32Encoding(bigEndian: true, byteOrderMark: true, throwOnInvalidCharacters: true),
    ];

    /// <summary>The file's text, without its byte-order mark.</summary>
    /// <exception cref="InputTextException">A byte can't be read in the file's encoding; it says where.</exception>
    /// <exception cref="IOException">The file can't be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static string Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bytes = File.ReadAllBytes(path);
        var encoding = Marked.FirstOrDefault(e => bytes.AsSpan().StartsWith(e.Preamble)) ?? Utf8;
        var start = encoding.Preamble.Length;
        try
        {
            return encoding.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            // Everything before the bad bytes decoded, so it gives their line and column as an editor counts them.
            var before = encoding.GetString(bytes, start, Math.Clamp(e.Index, 0, bytes.Length - start));
            var line = before.Count(c => c == '\n') + 1;
            var column = before.Length - (before.LastIndexOf('\n') + 1) + 1;
            throw new InputTextException(path, line, column, Reason(encoding, e.BytesUnknown ?? []));
        }
    }

    private static string Reason(Encoding encoding, byte[] unknown)
    {
        var shown = string.Join(' ', unknown.Select(b => $"0x{b:X2}"));
        var noun = CountText.Noun(unknown.Length, "byte");
        return encoding is UTF8Encoding
            ? $"the file is not UTF-8: {noun} {shown} can't be read as UTF-8 text (was it saved as Latin-1 or Windows-1252?); save it as UTF-8."
            : $"the file's byte-order mark says {encoding.WebName.ToUpperInvariant()}, but {noun} {shown} can't be read as such; save it as UTF-8.";
    }
}
