using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using Simulator.Store.Schema;

namespace Simulator.Store;

/// <summary>The JSON settings of the store: times as in the tables, enums by name, letters of every script kept readable.</summary>
internal static class StoreJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new InstantConverter(), new JsonStringEnumConverter() },
    };

    private sealed class InstantConverter : JsonConverter<Instant>
    {
        public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            InstantHandler.Parse(reader.GetString() ?? throw new JsonException("A time is null."));

        public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options) =>
            writer.WriteStringValue(InstantHandler.Format(value));
    }
}
