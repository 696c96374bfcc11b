using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using Simulator.Store.Reading;
using Simulator.Store.Schema;

namespace Simulator.Store;

/// <summary>The JSON settings of the store: times as in the tables, enums by name, letters of every script kept readable.</summary>
internal static class StoreJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new InstantConverter(), new NamesOnly() },
    };

    private sealed class InstantConverter : JsonConverter<Instant>
    {
        public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            InstantHandler.Parse(reader.GetString() ?? throw new JsonException("A time is null."));

        public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options) =>
            writer.WriteStringValue(InstantHandler.Format(value));
    }

    /// <summary>Enums by name, and by name only.</summary>
    /// <remarks>
    /// <see cref="JsonStringEnumConverter"/> also reads a number, which vaultsim never writes: a verb edited into 3
    /// would read as whichever verb has that number, and be replayed, or refused as some other verb.
    /// </remarks>
    private sealed class NamesOnly : JsonConverterFactory
    {
        private static readonly JsonStringEnumConverter Names = new(allowIntegerValues: false);

        public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            (JsonConverter)Activator.CreateInstance(typeof(NameOnly<>).MakeGenericType(typeToConvert), Names.CreateConverter(typeToConvert, options))!;
    }

    private sealed class NameOnly<T>(JsonConverter names) : JsonConverter<T>
        where T : struct, Enum
    {
        private readonly JsonConverter<T> _names = (JsonConverter<T>)names;

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
        {
            JsonTokenType.String => ReadName(ref reader, typeToConvert, options),
            JsonTokenType.Number => throw new JsonNameException($"the number {Encoding.UTF8.GetString(reader.ValueSpan)}", Enum.GetNames<T>()[0]),
            _ => throw new JsonNameException($"a JSON {reader.TokenType.ToString().ToLowerInvariant()}", Enum.GetNames<T>()[0]),
        };

        /// <summary>The member the name names; the converter's own refusal would quote the whole cell, without the field.</summary>
        private T ReadName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var name = reader.GetString()!;
            try
            {
                return _names.Read(ref reader, typeToConvert, options);
            }
            catch (JsonException)
            {
                throw new JsonNameException(StoredCells.Shown(name), Enum.GetNames<T>()[0]);
            }
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => _names.Write(writer, value, options);
    }
}
