using System.CommandLine;

namespace Simulator.Tui.Cli;

/// <summary>The options that name something in a scenario or a run (an item), refusing an empty or all-blank name while parsing.</summary>
/// <remarks>
/// An empty name is most often a shell variable that was never set (<c>--item "$VM"</c>); looked up, it read as
/// "no item named ''", as though some item were missing rather than the name itself.
/// </remarks>
internal static class NameSymbols
{
    /// <summary>Refuses an empty or all-blank value of <paramref name="option"/>.</summary>
    /// <param name="wanted">What to name instead, with an example: "an item (for example vm-web-01)".</param>
    public static Option<T> RefusingNoName<T>(this Option<T> option, string wanted)
    {
        ArgumentNullException.ThrowIfNull(option);
        option.Validators.Add(result =>
        {
            if (result.Tokens.Any(t => string.IsNullOrWhiteSpace(t.Value)))
            {
                result.AddError($"{option.Name}: the option was given no name; name {wanted}.");
            }
        });
        return option;
    }
}
