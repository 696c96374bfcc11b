using System.CommandLine.Parsing;
using System.CommandLine;
using System.Text.RegularExpressions;

namespace Simulator.Tui.Cli;

/// <summary>Tells a word past a command's arguments by the arguments the command takes.</summary>
/// <remarks>
/// System.CommandLine says "Unrecognized command or argument 'b.yaml'" of <c>vaultsim show a.yaml b.yaml</c>, which
/// names neither what the command takes nor that the word is one too many.
/// </remarks>
internal static partial class ExtraWords
{
    /// <summary>The refusal of a word the command had no place for; null for any other error of the parser's.</summary>
    public static string? Told(ParseError error, ParseResult parsed)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(parsed);
        var result = parsed.CommandResult;
        var command = result.Command;
        if (command.Subcommands.Count > 0 || Unrecognized().Match(error.Message) is not { Success: true } match)
        {
            return null;
        }

        var word = match.Groups["word"].Value;
        if (BeforeTheCommand(word, parsed) is { } parent)
        {
            // Typed where the command's name was read (vaultsim help run): blamed on that command, it was called one word too many of it.
            var names = parent.Command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToList();
            return $"'{word}' is not a command of '{UnknownOptions.CommandPath(parent)}'; {CliChoices.Allowed(names)}.{CliChoices.Meant(word, names)}";
        }

        var path = UnknownOptions.CommandPath(result);
        if (command.Arguments.Count == 0)
        {
            return $"'{word}' is one word too many: '{path}' takes options only.";
        }

        return $"'{word}' is one word too many: '{path}' takes {HelpUsage.Arguments(command)} and options.";
    }

    /// <summary>The command whose help a refusal points to: the one a word typed before the command's name was refused as no command of, else the command read.</summary>
    /// <remarks>
    /// For <c>vaultsim foo run x.yaml</c> 'foo' is told as no command of vaultsim, and 'vaultsim run --help' lists nothing
    /// about it. An option typed before the name (<c>vaultsim --seed 1 run</c>) and a command's own name out of its
    /// place (<c>vaultsim preview policy</c>) are told of the command read, and point to its help.
    /// </remarks>
    public static CommandResult UsageOf(ParseResult parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        var read = parsed.CommandResult;
        if (parsed.UnmatchedTokens.Count == 0 || parsed.UnmatchedTokens[0] is not { } word || word.StartsWith('-')
            || read.Command.Subcommands.Any(c => string.Equals(c.Name, word, StringComparison.OrdinalIgnoreCase)))
        {
            return read;
        }

        return BeforeTheCommand(word, parsed) ?? read;
    }

    /// <summary>The command whose subcommand's name the word came before, when it did; null when it came after it.</summary>
    private static CommandResult? BeforeTheCommand(string word, ParseResult parsed)
    {
        var tokens = parsed.Tokens.ToList();
        var at = tokens.FindIndex(t => t.Value == word && t.Type != TokenType.Option);
        var name = parsed.CommandResult.IdentifierToken;
        return parsed.CommandResult.Parent is CommandResult parent && at >= 0 && at < tokens.FindIndex(t => ReferenceEquals(t, name)) ? parent : null;
    }

    [GeneratedRegex(@"^Unrecognized command or argument '(?<word>.*)'\.$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Unrecognized();
}
