using System.CommandLine;
using System.CommandLine.Parsing;
using System.Runtime.CompilerServices;

namespace Simulator.Tui.Cli;

/// <summary>The arguments and options that name a file or folder, refusing an empty or all-blank path while parsing.</summary>
/// <remarks>
/// An empty path is most often a shell variable that was never set (<c>vaultsim run "$SCENARIO"</c>). Left to the
/// commands it read as "<c>: no such file or folder</c>", naming nothing; refused here, before any command runs, it
/// names the argument or option it was given for, for every command alike.
/// </remarks>
internal static class PathSymbols
{
    private static readonly ConditionalWeakTable<Symbol, string> WantedBy = [];

    /// <summary>Refuses an empty or all-blank value of <paramref name="argument"/>.</summary>
    /// <param name="wanted">What to name instead, with an example: "a run file (for example run.db)".</param>
    public static Argument<T> RefusingBlank<T>(this Argument<T> argument, string wanted)
    {
        ArgumentNullException.ThrowIfNull(argument);
        argument.Validators.Add(result => Check(result, argument.Name, wanted));
        WantedBy.AddOrUpdate(argument, wanted);
        return argument;
    }

    /// <summary>What <paramref name="argument"/> names, with an example ("a run file (for example run.db)"); null for one that names no path.</summary>
    public static string? Wanted(Argument argument) => WantedBy.TryGetValue(argument, out var wanted) ? wanted : null;

    /// <summary>Refuses an empty or all-blank value of <paramref name="option"/>, and '-', which many tools read as standard output.</summary>
    /// <param name="wanted">What to name instead, with an example: "a run file (for example run.db)".</param>
    /// <param name="isText">True for a report, which can go to standard output through <c>/dev/stdout</c>; a run file can't.</param>
    /// <remarks>
    /// Taken as a path, '-' quietly became a file named '-' in the current folder, and the report a person looked for on
    /// the screen was never shown.
    /// </remarks>
    public static Option<T> RefusingBlank<T>(this Option<T> option, string wanted, bool isText = false)
    {
        ArgumentNullException.ThrowIfNull(option);
        option.Validators.Add(result => Check(result, option.Name, wanted));
        option.Validators.Add(result =>
        {
            if (result.Tokens.Any(t => t.Value == "-"))
            {
                result.AddError($"{option.Name} -: '-' would name a file called '-' here, not standard input or output; name {wanted}{(isText ? ", or /dev/stdout to write it there" : string.Empty)}.");
            }
        });
        return option;
    }

    /// <summary>Why <paramref name="path"/>, given for <paramref name="name"/>, names no file; null when it is not blank.</summary>
    public static string? Refusal(string path, string name, string wanted) => path switch
    {
        "" => $"{name}: the path is empty; name {wanted}.",
        _ when string.IsNullOrWhiteSpace(path) => $"{name}: the path '{path}' is only blanks; name {wanted}.",
        _ => null,
    };

    private static void Check(SymbolResult result, string name, string wanted)
    {
        // One error however often the path was left empty: 'run "" ""' is one mistake, made twice.
        if (result.Tokens.Select(t => Refusal(t.Value, name, wanted)).FirstOrDefault(r => r is not null) is { } refusal)
        {
            result.AddError(refusal);
        }
    }
}
