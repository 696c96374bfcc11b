using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;

namespace Simulator.Tui.Cli;

/// <summary>Tells a command's missing arguments by the arguments it takes, and the one forgotten when a word given
/// belongs to a later one.</summary>
/// <remarks>
/// System.CommandLine fills arguments in order and says "Required argument 'jobs|items|points' missing" of
/// <c>vaultsim report jobs</c>: the word meant for the list went to the run file's place, so the message named as
/// forgotten the very word that was typed. The parser gives a line to each missing argument; one line here says them all.
/// </remarks>
internal static partial class MissingArguments
{
    /// <summary>The refusal of a command's missing arguments; null for any other error of the parser's.</summary>
    public static string? Told(ParseError error, CommandResult result)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(result);
        if (!Missing().IsMatch(error.Message))
        {
            return null;
        }

        var arguments = result.Command.Arguments.ToList();
        var usage = HelpUsage.Arguments(result.Command);

        // A usage that ends in "<PATH>..." ends the sentence already; a full stop after it read "<PATH>....".
        var takes = $"'{UnknownOptions.CommandPath(result)}' takes {usage}{(usage.EndsWith("...", StringComparison.Ordinal) ? string.Empty : ".")}";
        var given = arguments.Select(a => result.GetResult(a)?.Tokens.Select(t => t.Value).ToList() ?? []).ToList();
        if (arguments.All(a => a.Arity.MaximumNumberOfValues == 1) && Shifted(arguments, given) is { } forgotten)
        {
            return $"{Names(forgotten.Missing)} {IsOrAre(forgotten.Missing)} missing before '{forgotten.Word}': {Name(forgotten.Missing)}{takes}";
        }

        var missing = arguments.Where((a, i) => given[i].Count < a.Arity.MinimumNumberOfValues).ToList();
        return $"{Names(missing)} {IsOrAre(missing)} missing: {Name(missing)}{takes}";
    }

    /// <summary>What to name for a lone missing path ("name a run file (for example run.db); "), as an empty one is told.</summary>
    private static string Name(List<Argument> missing) =>
        missing is [var lone] && PathSymbols.Wanted(lone) is { } wanted ? $"name {wanted}; " : string.Empty;

    /// <summary>The arguments skipped when a word given is one of a later argument's words (its name, <c>jobs|items|points</c>).</summary>
    private static (string Word, List<Argument> Missing)? Shifted(List<Argument> arguments, List<List<string>> given)
    {
        for (var i = 0; i < arguments.Count && given[i].Count == 1; i++)
        {
            var word = given[i][0];
            var meant = arguments.FindIndex(i + 1, a => Words(a).Contains(word, StringComparer.OrdinalIgnoreCase));
            if (meant > i && !Words(arguments[i]).Contains(word, StringComparer.OrdinalIgnoreCase))
            {
                return (word, arguments[i..meant]);
            }
        }

        return null;
    }

    /// <summary>The words an argument named by them takes (<c>jobs|items|points</c>); none for one named by what it is (<c>FILE</c>).</summary>
    private static string[] Words(Argument argument) => argument.Name.Contains('|', StringComparison.Ordinal) ? argument.Name.Split('|') : [];

    private static string Names(List<Argument> arguments) => string.Join(" and ", arguments.Select(a => a.Name));

    private static string IsOrAre(List<Argument> arguments) => arguments.Count == 1 ? "is" : "are";

    [GeneratedRegex(@"^Required argument '.*' missing for command: '.*'\.$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Missing();
}
