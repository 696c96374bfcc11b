using System.Text;
using System.Text.Json;

namespace Simulator.Core.Policies.AzureJson;

/// <summary>Reading the text again up to where the parser failed: the tokens before it, and the bytes around it.</summary>
internal static partial class JsonSyntax
{
    private static Reading ReadUntilFailure(byte[] bytes)
    {
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var reading = new Reading();
        try
        {
            while (reader.Read())
            {
                reading.Read(ref reader);
            }
        }
        catch (JsonException)
        {
            // Where it failed is what the tokens read so far tell.
        }

        return reading;
    }

    /// <summary>The first byte at or after <paramref name="from"/> that is neither white space nor in a comment;
    /// the complement of where a comment opens when it is not closed.</summary>
    private static int Skip(byte[] bytes, int from)
    {
        var i = from;
        while (i < bytes.Length)
        {
            if (bytes[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                i++;
            }
            else if (bytes[i] == (byte)'/' && i + 1 < bytes.Length && bytes[i + 1] == (byte)'/')
            {
                while (i < bytes.Length && bytes[i] != (byte)'\n')
                {
                    i++;
                }
            }
            else if (bytes[i] == (byte)'/' && i + 1 < bytes.Length && bytes[i + 1] == (byte)'*')
            {
                var end = bytes.AsSpan(i + 2).IndexOf("*/"u8);
                if (end < 0)
                {
                    return ~i;
                }

                i += end + 4;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    /// <summary>Where the text that opens at <paramref name="quote"/> ends, past its closing quote; null when it runs to the end of the file.</summary>
    private static int? TextEnd(byte[] bytes, int quote)
    {
        for (var i = quote + 1; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\\')
            {
                i++;
            }
            else if (bytes[i] == (byte)'"')
            {
                return i + 1;
            }
        }

        return null;
    }

    /// <summary>The word that starts at <paramref name="at"/>, as far as a delimiter, and no longer than 20 characters.</summary>
    private static string Word(byte[] bytes, int at)
    {
        var end = at;
        while (end < bytes.Length && end - at < 20 && bytes[end] is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)',' or (byte)':' or (byte)'}' or (byte)']'))
        {
            end++;
        }

        return Encoding.UTF8.GetString(bytes, at, Math.Max(1, end - at));
    }

    private static int LineOf(byte[] bytes, int offset) => bytes.AsSpan(0, offset).Count((byte)'\n') + 1;

    /// <summary>The 1-based byte position of <paramref name="offset"/> in its line.</summary>
    private static int ColumnOf(byte[] bytes, int offset) => offset - bytes.AsSpan(0, offset).LastIndexOf((byte)'\n');

    private sealed partial class Reading
    {
        public List<Container> Open { get; } = [];

        public JsonTokenType Last { get; set; } = JsonTokenType.None;

        public string? LastName { get; set; }

        public int Consumed { get; set; }

        public bool AnyToken { get; set; }

        public Expected Expected => Last switch
        {
            JsonTokenType.None => Expected.Value,
            JsonTokenType.StartObject => Expected.NameOrEnd,
            JsonTokenType.StartArray => Expected.ValueOrEnd,
            // The reader takes a name and its ':' as one token.
            JsonTokenType.PropertyName => Expected.Value,
            _ => Expected.AfterValue,
        };
    }
}
