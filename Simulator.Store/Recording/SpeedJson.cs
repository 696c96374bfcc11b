using System.Text.Json;

namespace Simulator.Store.Recording;

/// <summary>The playback speed a person chose in a lab's dashboard, kept as an <c>actions</c> row of its own verb.</summary>
/// <remarks>
/// The speed is the dashboard's, not the simulation's: such a row is never replayed (the session never sees it) and
/// is not one of the actions a continued recorder passes over, so every query of the replayed actions leaves it out
/// by <see cref="Verb"/>. Its row's time, as an action's, counts as how far the run got.
/// </remarks>
internal static class SpeedJson
{
    /// <summary>The <c>verb</c> of a speed's row: no <see cref="Scenarios.Model.ActionVerb"/> is named so.</summary>
    public const string Verb = "PlaybackSpeed";

    /// <summary>What a speed's cell holds, as a person is told it when it holds anything else.</summary>
    public const string Expected = "a playback speed as vaultsim writes it, such as {\"Verb\":\"PlaybackSpeed\",\"SecondsPerSecond\":3600}";

    public static string Write(double secondsPerSecond) =>
        JsonSerializer.Serialize(new Speed(Verb, secondsPerSecond), StoreJson.Options);

    /// <summary>The speed a row holds, and the verb its json names, which the reader holds its row's verb to.</summary>
    /// <exception cref="JsonException">The text is not a speed written by <see cref="Write"/>: not JSON of its shape, or no speed a person can choose.</exception>
    public static Speed Read(string json)
    {
        var speed = JsonSerializer.Deserialize<Speed>(json, StoreJson.Options) ?? throw new JsonException("The speed is null.");
        return double.IsFinite(speed.SecondsPerSecond) && speed.SecondsPerSecond > 0 && speed.Verb is not null
            ? speed
            : throw new JsonException($"'{speed.SecondsPerSecond}' virtual seconds a second, under the verb '{speed.Verb}', is no playback speed.");
    }

    // Verb is written too, as every action's JSON names its verb: a vaultsim that reads this row as an action then
    // stops at a verb it does not know, rather than taking a missing one for the first.
    internal sealed record Speed(string Verb, double SecondsPerSecond);
}
