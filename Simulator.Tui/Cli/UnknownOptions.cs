using System.CommandLine;
using System.CommandLine.Parsing;

namespace Simulator.Tui.Cli;

/// <summary>Finds words that look like options but that no option of the command matched.</summary>
/// <remarks>
/// System.CommandLine hands such a word to the command's arguments as a value, so <c>vaultsim run scenarios
/// --frobnicate</c> went looking for a file named <c>--frobnicate</c>; where the arguments are full (<c>vaultsim
/// render demo.yaml --widht 80</c>) it says "Unrecognized command or argument" of the word and of its value, with no
/// word of the option meant. After <c>--</c> every word is an argument, which is how a path that starts with '-' is
/// still given.
/// </remarks>
internal static class UnknownOptions
{
    /// <summary>One refusal per such word, in the order typed; and the words the parser's own refusals need not name again.</summary>
    /// <remarks>
    /// The word after an unknown option is most likely its value, so the parser's "Unrecognized command or argument"
    /// of it is left out when nothing took it; where the unknown option took the place of the command's argument
    /// (<c>show --nope demo.yaml</c>), that line named the scenario as the mistake.
    /// </remarks>
    public static (IReadOnlyList<string> Refusals, IReadOnlySet<string> Told) In(ParseResult parsed)
    {
        var tokens = parsed.Tokens.ToList();
        var doubleDash = tokens.FindIndex(t => t.Type == TokenType.DoubleDash);
        var typed = doubleDash < 0 ? tokens : tokens.Take(doubleDash).ToList();

        // Compared by reference: a word typed twice, once before '--' and once after, is two tokens.
        var arguments = parsed.CommandResult.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens).ToList();
        var taken = Taken(parsed.RootCommandResult);
        var command = CommandPath(parsed.CommandResult);
        var options = parsed.CommandResult.Command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal)).ToList();
        var known = parsed.CommandResult.Command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).ToHashSet(StringComparer.Ordinal);
        var pathHint = parsed.CommandResult.Command.Arguments.Count > 0 ? " (a path that starts with '-' goes after --)" : string.Empty;
        var refusals = new List<string>();
        var told = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < typed.Count; i++)
        {
            var token = typed[i];
            var unmatched = !taken.Any(t => ReferenceEquals(t, token));

            // An option given twice is one the command has: the parser says it wants one value, and that is the mistake.
            if (token.Type == TokenType.Option && known.Contains(token.Value))
            {
                continue;
            }

            if (token.Value.Length < 2 || !token.Value.StartsWith('-') || !(unmatched || arguments.Any(a => ReferenceEquals(a, token))))
            {
                continue;
            }

            // One of the command's own, typed before its name (vaultsim --seed 1 run ...): it was refused as an option
            // the command lacks, with "Did you mean" naming the very option.
            var named = token.Value.IndexOf('=', StringComparison.Ordinal) is > 0 and var equals ? token.Value[..equals] : token.Value;
            refusals.Add(known.Contains(named)
                ? $"{named}: an option of '{command}' goes after its name, as in '{command} {token.Value} ...'."
                : $"{token.Value}: '{command}' has no such option{pathHint}.{FormatMeant(token.Value, parsed.CommandResult.Command) ?? CliChoices.Meant(token.Value, options)}");
            told.Add(token.Value);
            if (i + 1 < typed.Count && typed[i + 1] is { } next && !next.Value.StartsWith('-') && !taken.Any(t => ReferenceEquals(t, next)))
            {
                told.Add(next.Value);
            }
        }

        return (refusals, told);
    }

    /// <summary>" Did you mean '--output json'?" when the word is <c>--</c> and a format the command's <c>--output</c> takes;
    /// <c>run</c> writes its reports with <c>--json</c> and <c>--junit</c>, which is where a person learns the word.</summary>
    private static string? FormatMeant(string word, Command command) =>
        command.Options.SelectMany(CliChoices.Formats).FirstOrDefault(f => word == $"--{f}") is { } format
            ? $" Did you mean '--output {format}'?"
            : null;

    /// <summary>Whether a refusal of the parser's is of a word <see cref="In"/> has told already.</summary>
    public static bool IsTold(ParseError error, IReadOnlySet<string> told) =>
        told.Any(word => error.Message == $"Unrecognized command or argument '{word}'.");

    /// <summary>The words that name the command, as typed: <c>vaultsim policy preview</c>.</summary>
    public static string CommandPath(CommandResult command)
    {
        var names = new List<string>();
        for (SymbolResult? result = command; result is CommandResult { Command: var c }; result = result.Parent)
        {
            names.Insert(0, c is RootCommand ? "vaultsim" : c.Name);
        }

        return string.Join(' ', names);
    }

    /// <summary>Every token some command, option or argument took: the rest are what the parser could not place.</summary>
    private static List<Token> Taken(SymbolResult result)
    {
        var taken = new List<Token>(result.Tokens);
        if (result is CommandResult { IdentifierToken: var commandToken })
        {
            taken.Add(commandToken);
        }

        if (result is OptionResult { IdentifierToken: { } optionToken })
        {
            taken.Add(optionToken);
        }

        foreach (var child in (result as CommandResult)?.Children ?? [])
        {
            taken.AddRange(Taken(child));
        }

        return taken;
    }
}
