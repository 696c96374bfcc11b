using System.CommandLine.Parsing;
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
    public static string? Told(ParseError error, CommandResult result)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(result);
        var command = result.Command;
        if (command.Subcommands.Count > 0 || Unrecognized().Match(error.Message) is not { Success: true } match)
        {
            return null;
        }

        var word = match.Groups["word"].Value;
        var path = UnknownOptions.CommandPath(result);
        if (command.Arguments.Count == 0)
        {
            return $"'{word}' is one word too many: '{path}' takes options only.";
        }

        return $"'{word}' is one word too many: '{path}' takes {HelpUsage.Arguments(command)} and options.";
    }

    [GeneratedRegex(@"^Unrecognized command or argument '(?<word>.*)'\.$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Unrecognized();
}
