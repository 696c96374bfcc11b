using System.Text;
using System.Text.Json;

namespace Simulator.Core.Policies.AzureJson;

/// <summary>A member written twice in one object: the parser keeps one of the two without a word.</summary>
internal static partial class JsonSyntax
{
    /// <summary>The first member of the text whose name its object already has, matched ignoring case as
    /// <see cref="JsonCursor"/> matches names; null when every object names each member once.</summary>
    /// <remarks>
    /// A policy file is often written by hand, and a member given twice is then almost always a slip: a run time pasted
    /// in again, a retention edited in a copy of its block. Whichever of the two the reader took, the other would be
    /// ignored in silence, so neither is: the person chooses.
    /// </remarks>
    /// <param name="json">Text the parser has read without a mistake.</param>
    public static DuplicateMember? FirstDuplicate(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var reading = new Reading();
        var objects = new Stack<Dictionary<string, (string Name, int Offset)>>();
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    objects.Push(new(StringComparer.OrdinalIgnoreCase));
                    break;
                case JsonTokenType.EndObject:
                    objects.Pop();
                    break;
                case JsonTokenType.PropertyName:
                    var name = reader.GetString()!;
                    var at = (int)reader.TokenStartIndex;
                    if (objects.Peek().TryGetValue(name, out var first))
                    {
                        reading.Read(ref reader);
                        var line = LineOf(bytes, at);
                        return new DuplicateMember(reading.ValuePath(), name, first.Name, line, ColumnOf(bytes, at), LineOf(bytes, first.Offset));
                    }

                    objects.Peek()[name] = (name, at);
                    break;
            }

            reading.Read(ref reader);
        }

        return null;
    }
}

/// <summary>A member its object names a second time.</summary>
/// <param name="Path">The member's path, as <see cref="JsonCursor"/> names it.</param>
/// <param name="Name">The name as written the second time.</param>
/// <param name="FirstName">The name as written the first time: the same, or the same ignoring case.</param>
/// <param name="Line">The 1-based line of the second name.</param>
/// <param name="Position">The 1-based byte position of the second name in its line.</param>
/// <param name="FirstLine">The 1-based line of the first name.</param>
internal sealed record DuplicateMember(string Path, string Name, string FirstName, long Line, long Position, long FirstLine)
{
    /// <summary>The mistake in plain words, with where the first one is.</summary>
    public string Problem => Name == FirstName
        ? $"\"{Name}\" is given twice in this object, first at line {FirstLine}; a field is given once: remove one of the two, or merge them."
        : $"\"{Name}\" is given twice in this object, first as \"{FirstName}\" at line {FirstLine} (names are read ignoring case); a field is given once: remove one of the two, or merge them.";
}
