using System.Globalization;
using System.Text;
using Simulator.Core;
using Simulator.Scenarios.Files;

namespace Simulator.Scenarios;

/// <summary>Reads the text files vaultsim takes as input (scenarios, and policy JSON), refusing bytes that are not text in their encoding.</summary>
/// <remarks>
/// A file is UTF-8 unless a byte-order mark says it is UTF-16 or UTF-32 (as Windows PowerShell writes files). The
/// decoders throw rather than put U+FFFD in place of a byte they can't read: a Latin-1 'é' read silently as a
/// replacement character would become part of a name, and no later message would point at it.
/// </remarks>
public static class InputText
{
    /// <summary>The most bytes an input file may have: 1 MiB, far more than any hand-written scenario or policy needs.</summary>
    public const int MaxBytes = 1 << 20;

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
    /// <param name="path">The file.</param>
    /// <param name="kind">What the reader wants, named in the way out when the path names something else.</param>
    /// <exception cref="InputTextException">
    /// The path is not a regular file, may not be read, the file is larger than <see cref="MaxBytes"/>, a byte can't
    /// be read in the file's encoding, or the text holds a NUL; it says where.
    /// </exception>
    public static string Read(string path, InputFileKind kind)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (RegularFile.Refusal(path) is { } refusal)
        {
            throw new InputTextException(path, 1, 1, $"{refusal}; {kind.WayOut}.");
        }

        byte[] bytes;
        try
        {
            bytes = ReadAtMost(path, kind);
        }
        catch (UnauthorizedAccessException)
        {
            // .NET's words carry the machine's full path, which a CI log and the reports would keep from run to run.
            throw new InputTextException(path, 1, 1, $"the file can't be read (permission denied); make it readable, or {kind.WayOut}.");
        }
        catch (IOException e) when (e is not InputTextException)
        {
            // A failing disk, or a file the system won't read (/proc/self/mem): told where the others are, in the system's words.
            throw new InputTextException(path, 1, 1, $"the file can't be read ({WriteFailure.SystemWords(e)}); {kind.WayOut}.");
        }

        var encoding = Marked.FirstOrDefault(e => bytes.AsSpan().StartsWith(e.Preamble)) ?? Utf8;
        var start = encoding.Preamble.Length;

        // UTF-8 decodes a NUL, but neither YAML nor JSON takes one: the YAML reader took it for the end of the file and
        // the JSON reader for a stray value, each then blaming a later line. A file saved as UTF-16 or UTF-32 without a
        // byte-order mark has one beside nearly every letter, so it is found before a letter such as 'é' is misread as
        // Latin-1. In UTF-8 a zero byte is a NUL and nothing else.
        var nulByte = encoding is UTF8Encoding ? bytes.AsSpan(start).IndexOf((byte)0) : -1;
        var end = nulByte < 0 ? bytes.Length : start + nulByte;
        string text;
        try
        {
            text = encoding.GetString(bytes, start, end - start);
        }
        catch (DecoderFallbackException e)
        {
            // Everything before the bad bytes decoded, so it gives their line and column as an editor counts them.
            var before = encoding.GetString(bytes, start, Math.Clamp(e.Index, 0, end - start));
            throw At(path, before, Reason(encoding, e.BytesUnknown ?? []));
        }

        var nul = nulByte >= 0 ? text.Length : text.IndexOf('\0', StringComparison.Ordinal);
        return nul < 0 ? text : throw At(path, text[..nul], NulReason);
    }

    private const string NulReason =
        "the file holds a NUL character (0x00), which is not text; save it as UTF-8 (a file saved as UTF-16 or UTF-32 without a byte-order mark has one beside nearly every letter).";

    /// <summary>A refusal of the character just after <paramref name="before"/>, at its line and column as an editor counts them.</summary>
    private static InputTextException At(string path, string before, string reason)
    {
        var line = before.Count(c => c == '\n') + 1;
        var column = before.Length - (before.LastIndexOf('\n') + 1) + 1;
        return new InputTextException(path, line, column, reason);
    }

    /// <remarks>Bounded whatever the file is: where its type can't be told, a device would otherwise be read until memory ran out.</remarks>
    private static byte[] ReadAtMost(string path, InputFileKind kind)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var length = stream.CanSeek ? stream.Length : (long?)null;
        if (length > MaxBytes)
        {
            throw TooLarge(path, kind, string.Create(CultureInfo.InvariantCulture, $"{length:N0} bytes"));
        }

        var buffer = new byte[(length ?? MaxBytes) + 1];
        var read = 0;
        while (read < buffer.Length && stream.Read(buffer, read, buffer.Length - read) is > 0 and var count)
        {
            read += count;
        }

        return read > MaxBytes ? throw TooLarge(path, kind, string.Create(CultureInfo.InvariantCulture, $"more than {MaxBytes:N0} bytes")) : buffer[..read];
    }

    private static InputTextException TooLarge(string path, InputFileKind kind, string size) =>
        new(path, 1, 1, string.Create(CultureInfo.InvariantCulture, $"the file has {size}; {kind.Noun} may have at most {MaxBytes:N0} (1 MiB). Split it into smaller files."));

    private static string Reason(Encoding encoding, byte[] unknown)
    {
        var shown = string.Join(' ', unknown.Select(b => $"0x{b:X2}"));
        var noun = CountText.Noun(unknown.Length, "byte");
        return encoding is UTF8Encoding
            ? $"the file is not UTF-8: {noun} {shown} can't be read as UTF-8 text (was it saved as Latin-1 or Windows-1252?); save it as UTF-8."
            : $"the file's byte-order mark says {encoding.WebName.ToUpperInvariant()}, but {noun} {shown} can't be read as such; save it as UTF-8.";
    }
}
