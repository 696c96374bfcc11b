using System.CommandLine;
using System.Globalization;

namespace Simulator.Tui.Cli;

/// <summary>On/off options: named to turn on, taking no value, given once.</summary>
/// <remarks>
/// System.CommandLine lets a bool option take <c>true</c> or <c>false</c> after it, which no help or doc of ours
/// offers: <c>run -q true</c> read a scenario file named <c>true</c> as the option's value and said PATH was missing,
/// and <c>--quiet false</c> was taken quietly. And it takes one given twice as once, where every other option given
/// twice is refused (<see cref="RepeatedOptions"/>).
/// </remarks>
internal static class Flags
{
    public static Option<bool> Create(string name, string description, params string[] aliases)
    {
        var flag = new Option<bool>(name, aliases) { Description = description, Arity = ArgumentArity.Zero };
        flag.Validators.Add(result =>
        {
            if (result.IdentifierTokenCount > 1)
            {
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"{name} is given {result.IdentifierTokenCount} times; it takes no value, so give it once."));
            }
        });
        return flag;
    }

    /// <summary>The refusals of the command's on/off options written with a value (<c>--quiet=true</c>, <c>--quiet:true</c>), in the order typed.</summary>
    /// <remarks>The parser splits the word at '=' before it is read, so the value became the next argument: a scenario file named 'true', or none.</remarks>
    public static IEnumerable<string> GivenAValue(ParseResult parsed, IEnumerable<string> args)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        var flags = parsed.CommandResult.Command.Options.Where(o => o.Arity.MaximumNumberOfValues == 0).ToList();
        foreach (var arg in args.TakeWhile(a => a != "--"))
        {
            // The parser takes ':' for '=' (--quiet:true) too.
            if (flags.FirstOrDefault(f => f.Aliases.Prepend(f.Name).Any(name => arg.StartsWith(name + "=", StringComparison.Ordinal) || arg.StartsWith(name + ":", StringComparison.Ordinal))) is { } flag)
            {
                yield return $"{flag.Name} takes no value; name it alone to turn it on.";
            }
        }
    }
}
