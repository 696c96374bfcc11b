using System.Data;
using Dapper;
using NodaTime;
using NodaTime.Text;

namespace Simulator.Store.Schema;

/// <summary>Stores an <see cref="Instant"/> as ISO 8601 TEXT, the one format of every time in a run file.</summary>
/// <remarks>
/// The fraction always has nine digits. ExtendedIso drops trailing zeros, and then "…:05Z" sorts after "…:05.5Z"
/// ('Z' is above '.'); with a fixed width, text order is time order, so SQL can filter and sort times as text.
/// </remarks>
internal sealed class InstantHandler : SqlMapper.TypeHandler<Instant>
{
    private static readonly InstantPattern Pattern = InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffff'Z'");

    /// <summary>What a time in this format looks like, as a person is told when a file holds something else.</summary>
    /// <remarks>The example has the nine digits: a person who writes "2026-03-02T00:00:00Z" in is refused again.</remarks>
    public const string Expected = "an ISO 8601 instant with nine fraction digits, such as 2026-03-02T00:00:00.000000000Z";

    public static string Format(Instant value) => Pattern.Format(value);

    public static string? Format(Instant? value) => value is { } v ? Pattern.Format(v) : null;

    /// <exception cref="UnparsableValueException">The text is not a time in this format.</exception>
    public static Instant Parse(string text) => Pattern.Parse(text).Value;

    /// <summary>True when <paramref name="text"/> is a time in this format.</summary>
    public static bool TryParse(string text, out Instant value) => Pattern.Parse(text).TryGetValue(default, out value);

    public override void SetValue(IDbDataParameter parameter, Instant value)
    {
        parameter.DbType = DbType.String;
        parameter.Value = Format(value);
    }

    public override Instant Parse(object value) => Parse((string)value);
}
