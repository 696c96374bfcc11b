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
}
