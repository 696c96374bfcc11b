using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Simulator.Core.Policies.AzureJson;

/// <summary>A string escaping half of a UTF-16 surrogate pair: the parser lets it through, and reading it throws.</summary>
internal static partial class JsonSyntax
{
    /// <summary>The first string or member name of the text with an escaped surrogate that has no other half
    /// (<c>\ud800</c> alone); null when every string is text.</summary>
    /// <param name="json">Text the parser has read without a mistake.</param>
    public static HalfSurrogate? FirstHalfSurrogate(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var reading = new Reading();
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped && Unpaired(reader.ValueSpan) is { } escape)
            {
                // A name that is no text can't be told, so its object is.
                var path = reader.TokenType == JsonTokenType.PropertyName ? reading.ObjectPath() : reading.ValuePath();
                var at = (int)reader.TokenStartIndex;
                return new HalfSurrogate(path, escape, LineOf(bytes, at), ColumnOf(bytes, at));
            }

            reading.Read(ref reader);
        }

        return null;
    }

    /// <summary>The first <c>\uXXXX</c> escape of a raw string that writes a surrogate without its other half.</summary>
    private static string? Unpaired(ReadOnlySpan<byte> raw)
    {
        var highAt = -1;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] != (byte)'\\')
            {
                continue;
            }

            var isUnit = raw[i + 1] == (byte)'u';
            var unit = isUnit ? int.Parse(Encoding.ASCII.GetString(raw.Slice(i + 2, 4)), NumberStyles.HexNumber, CultureInfo.InvariantCulture) : 0;
            if (highAt >= 0 && !(isUnit && char.IsLowSurrogate((char)unit)))
            {
                return Encoding.ASCII.GetString(raw.Slice(highAt, 6));
            }

            if (isUnit && char.IsLowSurrogate((char)unit) && highAt < 0)
            {
                return Encoding.ASCII.GetString(raw.Slice(i, 6));
            }

            highAt = isUnit && char.IsHighSurrogate((char)unit) ? i : -1;
            i += isUnit ? 5 : 1;
        }

        return highAt >= 0 ? Encoding.ASCII.GetString(raw.Slice(highAt, 6)) : null;
    }

    private sealed partial class Reading
    {
        /// <summary>The path of the innermost object or array open: empty at the top of the file.</summary>
        public string ObjectPath()
        {
            var value = ValuePath();
            var last = Open.Count == 0 ? null : Open[^1];
            var cut = last is null ? 0 : last.IsObject ? value.Length - (last.Name?.Length ?? 0) : value.LastIndexOf('[');
            return value[..Math.Max(0, cut)].TrimEnd('.');
        }
    }
}

/// <summary>An escaped surrogate without its other half, in a string or a member's name.</summary>
/// <param name="Path">The string's path, as <see cref="JsonCursor"/> names it; a name's, its object's.</param>
/// <param name="Escape">The escape as written (<c>\ud800</c>).</param>
/// <param name="Line">The 1-based line of the string.</param>
/// <param name="Position">The 1-based byte position of the string in its line.</param>
internal sealed record HalfSurrogate(string Path, string Escape, long Line, long Position)
{
    /// <summary>The mistake in plain words.</summary>
    public string Problem => $"\"{Escape}\" is half of a UTF-16 surrogate pair, which is no character: write the character itself, or both halves of its pair.";
}
