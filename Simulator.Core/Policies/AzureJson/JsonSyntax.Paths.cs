using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Simulator.Core.Policies.AzureJson;

/// <summary>The path of each value as the text is read token by token, in the words <see cref="JsonCursor"/> uses
/// (<c>properties.schedulePolicy.scheduleRunTimes[0]</c>), so a mistake found in the text names the field as one
/// found in the document does, and one found in the document is placed in the text.</summary>
internal static partial class JsonSyntax
{
    /// <summary>Where the value at <paramref name="path"/> (a <see cref="JsonCursor"/> path) is written: its line and
    /// 1-based byte position in the line, as the parser places its own mistakes. A member that is missing is placed at
    /// the object that lacks it; null when the text has nothing of the path (nor of its objects).</summary>
    /// <param name="json">The text the document was parsed from.</param>
    /// <param name="path">The value's path; names are matched ignoring case, as the cursor matches them.</param>
    /// <param name="number">The number as the file wrote it, or its first digits then <c>...</c>: of two members of
    /// one name, the one the document kept. Null to place any value.</param>
    public static (long Line, long Position)? Locate(string json, string path, string? number = null)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        for (var at = path; ; at = Parent(at))
        {
            if (Start(bytes, at, number) is { } start)
            {
                return (LineOf(bytes, start), ColumnOf(bytes, start));
            }

            if (at.Length == 0)
            {
                return null;
            }
        }
    }

    /// <summary>The offset of the value at <paramref name="path"/>: of members written twice, the last, which the
    /// document keeps; of members matched only ignoring case, the first, which the cursor takes.</summary>
    private static int? Start(byte[] bytes, string path, string? number)
    {
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var reading = new Reading();
        int? exact = null;
        int? caseless = null;
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is not (JsonTokenType.PropertyName or JsonTokenType.EndObject or JsonTokenType.EndArray)
                    && (number is null || (reader.TokenType == JsonTokenType.Number && IsWritten(Encoding.UTF8.GetString(reader.ValueSpan), number))))
                {
                    var valuePath = reading.ValuePath();
                    if (string.Equals(valuePath, path, StringComparison.Ordinal))
                    {
                        exact = (int)reader.TokenStartIndex;
                    }
                    else if (caseless is null && string.Equals(valuePath, path, StringComparison.OrdinalIgnoreCase))
                    {
                        caseless = (int)reader.TokenStartIndex;
                    }
                }

                reading.Read(ref reader);
            }
        }
        catch (JsonException)
        {
            // The document was parsed from this text, so it reads to the end; should it not, what was read stands.
        }

        return exact ?? caseless;
    }

    /// <summary>The path of the object or array holding the value at <paramref name="path"/>: empty at the top.</summary>
    private static string Parent(string path)
    {
        var cut = path.LastIndexOfAny(['.', '[']);
        return cut < 0 ? string.Empty : path[..cut];
    }

    private static bool IsWritten(string raw, string text) =>
        text.EndsWith("...", StringComparison.Ordinal) ? raw.StartsWith(text[..^3], StringComparison.Ordinal) : raw == text;

    /// <summary>An object or array open at the point reached.</summary>
    private sealed class Container(bool isObject, int offset)
    {
        public bool IsObject { get; } = isObject;

        public int Offset { get; } = offset;

        /// <summary>An object's name read last: that of the value read now, or the one to come after its ':'.</summary>
        public string? Name { get; set; }

        /// <summary>How many of an array's items have started.</summary>
        public int Items { get; set; }

        public void Deconstruct(out bool isObject, out int offset) => (isObject, offset) = (IsObject, Offset);
    }

    private sealed partial class Reading
    {
        /// <summary>Follows the token the reader is on.</summary>
        public void Read(ref Utf8JsonReader reader)
        {
            AnyToken = true;
            Last = reader.TokenType;
            Consumed = (int)reader.BytesConsumed;
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    Started();
                    Open.Add(new Container(reader.TokenType == JsonTokenType.StartObject, (int)reader.TokenStartIndex));
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    Open.RemoveAt(Open.Count - 1);
                    break;
                case JsonTokenType.PropertyName:
                    LastName = reader.GetString();
                    Open[^1].Name = LastName;
                    break;
                default:
                    Started();
                    break;
            }
        }

        /// <summary>The path of the value that starts next (or failed to): empty at the top of the file.</summary>
        public string ValuePath()
        {
            var path = new StringBuilder();
            for (var i = 0; i < Open.Count; i++)
            {
                // A container's own value has started, so its place in an array parent is the item counted last.
                var inner = i == Open.Count - 1 ? 0 : 1;
                var container = Open[i];
                if (container.IsObject)
                {
                    path.Append(path.Length == 0 ? string.Empty : ".").Append(container.Name);
                }
                else
                {
                    path.Append(CultureInfo.InvariantCulture, $"[{container.Items - inner}]");
                }
            }

            return path.ToString();
        }

        private void Started()
        {
            if (Open.Count > 0 && !Open[^1].IsObject)
            {
                Open[^1].Items++;
            }
        }
    }
}
