using NodaTime;
using Simulator.Scenarios.Model;

namespace Simulator.Tui.Cli;

/// <summary>Reads a time given on the command line: ISO 8601, a local time or a date (its midnight) in the scenario's zone,
/// or +offset from its start.</summary>
internal static class CliTime
{
    /// <exception cref="CliInputException">The text is not a time, or falls outside the scenario.</exception>
    public static Instant Parse(string text, string option, ScenarioHeader header)
    {
        var instant = ParseAnyTime(text, option, header);
        if (instant < header.Start || instant > header.End)
        {
            throw new CliInputException($"{option}: {text} is outside scenario '{header.Name}', which runs from {Scenarios.Yaml.ScenarioTime.Told(header.Start, header.DisplayZone)} to {Scenarios.Yaml.ScenarioTime.Told(header.End, header.DisplayZone)}.");
        }

        return instant;
    }

    /// <summary>Reads the time as <see cref="Parse"/> does, leaving it to the caller to place it in the scenario.</summary>
    /// <remarks>The dashboard says a time outside it in its header's words, where the command line quotes ISO 8601 as it is typed.</remarks>
    /// <exception cref="CliInputException">The text is not a time.</exception>
    public static Instant ParseAnyTime(string text, string option, ScenarioHeader header)
    {
        Instant instant;
        string error;
        if (text.StartsWith('+'))
        {
            // Refused before it is added: an offset too long to read can be too long for an instant too.
            if (!Scenarios.Yaml.ScenarioTime.TryParseDuration(text, out var offset, out error))
            {
                throw new CliInputException($"{option}: {error}");
            }

            instant = header.Start + offset;
        }
        else if (!Scenarios.Yaml.ScenarioTime.TryParseInstant(text, header.DisplayZone, out instant, out error))
        {
            throw new CliInputException($"{option}: {error}{Scenarios.Yaml.ScenarioTime.OffsetHint(text, "the scenario's start", error)}");
        }

        return instant;
    }
}
