using System.CommandLine;
using System.CommandLine.Completions;
using Simulator.Core;

namespace Simulator.Tui.Cli;

/// <summary>The commands' options that take one of a few words (<c>--output</c>, <c>--policy</c>, <c>--status</c>…), read one way and refused with one wording.</summary>
/// <remarks>
/// They are read as text and checked here rather than by the parser: its own refusal names the .NET type it wanted
/// (an enum's full name) or spreads the choices over several lines, where one line naming the option and the
/// allowed words is what a person needs.
/// </remarks>
internal static class CliChoices
{
    /// <summary>The word of <paramref name="allowed"/> that <paramref name="text"/> names, in any case, as <paramref name="allowed"/> spells it.</summary>
    /// <param name="text">What was typed.</param>
    /// <param name="option">The option it was typed for, to name in the refusal.</param>
    /// <param name="kind">What the words are, with its article (<c>a format</c>), to name in the refusal.</param>
    /// <param name="allowed">The words the option takes.</param>
    /// <exception cref="CliInputException">It names none of them.</exception>
    public static string Pick(string text, string option, string kind, IReadOnlyList<string> allowed) =>
        allowed.FirstOrDefault(a => string.Equals(a, text, StringComparison.OrdinalIgnoreCase))
        ?? throw new CliInputException($"{option}: '{text}' is not {kind}; {Allowed(allowed)}.{Meant(text, allowed)}");

    /// <summary>" Did you mean 'X'?" when <paramref name="text"/> is a slip of one of <paramref name="allowed"/>, as a scenario's mistyped word is told; otherwise empty.</summary>
    public static string Meant(string text, IEnumerable<string> allowed) =>
        Spelling.Closest(text, allowed) is { } meant ? $" Did you mean '{meant}'?" : string.Empty;

    /// <summary>What a refusal says is allowed: <c>allowed is table, json or csv</c>, or <c>the only allowed value is preview</c>
    /// when there is one, which "one of" would make a person look for others.</summary>
    public static string Allowed(IReadOnlyList<string> words) =>
        words.Count == 1 ? $"the only allowed value is {words[0]}" : $"allowed is {Listed(words)}";

    /// <summary>The words as a sentence lists them: <c>table, json or csv</c>.</summary>
    public static string Listed(IReadOnlyList<string> words) =>
        words.Count < 2 ? string.Join(string.Empty, words) : $"{string.Join(", ", words.Take(words.Count - 1))} or {words[^1]}";

    /// <summary>The formats of the commands that print a table or its JSON (bench, policy preview, diff).</summary>
    public static IReadOnlyList<string> TableOrJson { get; } = ["table", "json"];

    /// <summary>Whether an <see cref="Output"/> of <see cref="TableOrJson"/> asks for JSON; a table when not given.</summary>
    /// <exception cref="CliInputException">It names neither format.</exception>
    public static bool PicksJson(string? text) => text is not null && Pick(text, "--output", "a format", TableOrJson) == "json";

    /// <summary>A command's <c>--output</c>/<c>-o</c>, taking one of <paramref name="formats"/> (the first is the default).</summary>
    /// <remarks>The formats are its completions too, which is how <see cref="UnknownOptions"/> tells <c>--json</c> to mean <c>--output json</c>.</remarks>
    public static Option<string?> Output(IReadOnlyList<string> formats)
    {
        var output = new Option<string?>("--output", "-o") { Description = $"{Listed(formats)} (default {formats[0]}).", HelpName = string.Join('|', formats) };
        output.CompletionSources.Add([.. formats]);
        return output;
    }

    /// <summary>The formats an <see cref="Output"/> option takes, or none for any other option.</summary>
    public static IEnumerable<string> Formats(Option option) =>
        option.Name == "--output" ? option.GetCompletions(CompletionContext.Empty).Select(c => c.Label) : [];
}
