using System.CommandLine;
using System.Text.RegularExpressions;

namespace Simulator.Tui.Cli;

/// <summary>How a command's arguments are written: one rule for the help's list of commands and the refusals that name them, as each usage line writes them.</summary>
/// <remarks>
/// System.CommandLine's list of commands drops whether an argument may be left out or given many times (<c>tui
/// &lt;SCENARIO&gt;</c>, <c>run &lt;PATH&gt;</c>), which the command's own usage line says (<c>[&lt;SCENARIO&gt;]</c>,
/// <c>&lt;PATH&gt;...</c>). Its HelpBuilder, which could be told otherwise, is internal in version 3.0, so the list's
/// labels are put right in the help's text (<see cref="Corrected"/>). The usage line names an argument by its name
/// where the rest of help uses its help name, so no argument has a help name of its own.
/// </remarks>
internal static class HelpUsage
{
    /// <summary>The arguments <paramref name="command"/> takes, as its usage line writes them: <c>&lt;FILE&gt; &lt;jobs|items|points&gt;</c>, <c>[&lt;SCENARIO&gt;]</c>, <c>&lt;PATH&gt;...</c>.</summary>
    public static string Arguments(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return string.Join(' ', command.Arguments.Where(a => !a.Hidden).Select(Argument));
    }

    /// <summary>The help of <paramref name="command"/> with each of its commands listed by <see cref="Arguments"/>, the columns kept aligned.</summary>
    /// <remarks>A label is left as the parser wrote it where the corrected one would not fit its column, which none of vaultsim's comes near.</remarks>
    public static string Corrected(string help, Command command)
    {
        ArgumentNullException.ThrowIfNull(help);
        ArgumentNullException.ThrowIfNull(command);
        foreach (var sub in command.Subcommands.Where(c => !c.Hidden))
        {
            var written = Label(sub.Name, string.Join(' ', sub.Arguments.Where(a => !a.Hidden).Select(a => $"<{a.HelpName ?? a.Name}>")));
            var meant = Label(sub.Name, Arguments(sub));
            help = Regex.Replace(help, $"^  {Regex.Escape(written)}(?<pad>  +)", m =>
                    written.Length + m.Groups["pad"].Length - meant.Length is var pad and >= 2 ? $"  {meant}{new string(' ', pad)}" : m.Value,
                RegexOptions.Multiline | RegexOptions.CultureInvariant);
        }

        return help;
    }

    private static string Label(string name, string arguments) => arguments.Length == 0 ? name : $"{name} {arguments}";

    private static string Argument(Argument argument)
    {
        var label = $"<{argument.Name}>{(argument.Arity.MaximumNumberOfValues > 1 ? "..." : string.Empty)}";
        return argument.Arity.MinimumNumberOfValues == 0 ? $"[{label}]" : label;
    }
}
