using System.CommandLine;
using System.CommandLine.Parsing;

namespace Simulator.Tui.Cli;

/// <summary>Finds words that look like options but that no option of the command matched.</summary>
/// <remarks>
/// System.CommandLine hands such a word to the command's arguments as a value, so <c>vaultsim run scenarios
/// --frobnicate</c> went looking for a file named <c>--frobnicate</c>. After <c>--</c> every word is an argument,
/// which is how a path that starts with '-' is still given.
/// </remarks>
internal static class UnknownOptions
{
    /// <summary>One refusal per such word, in the order typed.</summary>
    public static IEnumerable<string> In(ParseResult parsed)
    {
        var tokens = parsed.Tokens.ToList();
        var doubleDash = tokens.FindIndex(t => t.Type == TokenType.DoubleDash);
        var typed = doubleDash < 0 ? tokens : tokens.Take(doubleDash);

        // Compared by reference: a word typed twice, once before '--' and once after, is two tokens.
        var arguments = parsed.CommandResult.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens).ToList();
        var command = CommandPath(parsed.CommandResult);
        var options = parsed.CommandResult.Command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal)).ToList();
        return typed
            .Where(t => t.Value.Length > 1 && t.Value.StartsWith('-') && arguments.Any(a => ReferenceEquals(a, t)))
            .Select(t => $"{t.Value}: '{command}' has no such option (a path that starts with '-' goes after --).{CliChoices.Meant(t.Value, options)}");
    }

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
}
