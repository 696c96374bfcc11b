using System.CommandLine;
using System.CommandLine.Help;

namespace Simulator.Tui.Cli;

/// <summary>Tells a mistyped command by the commands there are, and a scenario given without one by the commands that take it.</summary>
/// <remarks>
/// System.CommandLine says "Unrecognized command or argument" of the word and of every word after it, and for
/// <c>vaultsim policy preveiw x</c> that a command is required as well: three lines, none naming what was allowed.
/// </remarks>
internal static class UnknownCommands
{
    /// <summary>The one refusal of a word where a command was expected, or of a command's missing one; null when the words name a command.</summary>
    public static string? In(ParseResult parsed)
    {
        var command = parsed.CommandResult.Command;
        if (command.Subcommands.Count == 0)
        {
            return null;
        }

        var names = command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToList();
        var path = UnknownOptions.CommandPath(parsed.CommandResult);
        if (parsed.UnmatchedTokens.Count == 0)
        {
            return command.Action is null && parsed.Action is not HelpAction ? $"'{path}' needs a command; {CliChoices.Allowed(names)}." : null;
        }

        // An option the command lacks is told by the parser's own lines, as for a command without subcommands.
        var word = parsed.UnmatchedTokens[0];
        if (word.StartsWith('-'))
        {
            return null;
        }

        // A command's own name out of its place (vaultsim preview policy f.json, vaultsim -- run x.yaml) was told as no
        // command, with "Did you mean" naming the very word.
        if (names.FirstOrDefault(name => string.Equals(name, word, StringComparison.OrdinalIgnoreCase)) is { } named)
        {
            // RUN, typed in its place, was told it was out of it.
            return named == word
                ? $"'{word}' names a command of '{path}' but is not where its name goes: write '{path} {named} ...', the name right after '{path}' and no '--' before it."
                : $"'{word}' is not a command of '{path}': command names are lower case, write '{path} {named} ...'.";
        }

        var scenario = command is RootCommand && (word.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || word.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || Path.Exists(word))
            ? $" To open it in the dashboard: vaultsim tui {word}; to replay it: vaultsim run {word}."
            : CliChoices.Meant(word, names);
        return $"'{word}' is not a command of '{path}'; {CliChoices.Allowed(names)}.{scenario}";
    }
}
