using System.Globalization;
using NodaTime.Text;
using Simulator.Scenarios.Running;

namespace Simulator.Scenarios.Reporting;

/// <summary>The one command that replays exactly a given run.</summary>
public static class ReplayCommand
{
    /// <summary>The command for a result alone, as the reports give it: a run stopped early is replayed up to where it stopped.</summary>
    /// <remarks>Without its <c>--until</c>, the command would replay the whole scenario, whose later checks may fail where this run passed.</remarks>
    public static string For(ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        // A skipped scenario ran nothing to replay: its command runs it, as a run given a time within it would.
        return For(result, result.StoppedEarly && !result.Skipped ? InstantPattern.ExtendedIso.Format(result.StoppedAt) : null);
    }

    /// <summary>The command, with <c>--until</c> as the run was given it (null: none).</summary>
    public static string For(ScenarioResult result, string? until)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Of(result.File, result.Seed, until);
    }

    /// <summary>The command that runs a file, with <c>--seed</c> and <c>--until</c> where given (null: none), each word
    /// as a shell passes it on.</summary>
    /// <remarks><c>vaultsim show</c> points to it for a failure's details, naming the seed only where it was given one.</remarks>
    public static string Of(string file, long? seed, string? until)
    {
        ArgumentNullException.ThrowIfNull(file);

        // A relative path that starts with '-' would be read as an option; './' makes it a path and names the same
        // file. '--' would do too, but only after every option.
        var path = file.StartsWith('-') ? $"./{file}" : file;
        var command = $"vaultsim run {ShellWord(path)}";
        command = seed is { } s ? string.Create(CultureInfo.InvariantCulture, $"{command} --seed {s}") : command;
        return until is null ? command : $"{command} --until {ShellWord(until)}";
    }

    /// <summary>The text as one word that a shell passes on unchanged, so the command can be pasted as it is printed.</summary>
    /// <remarks>
    /// Plain words stay bare. Double quotes are read by cmd, PowerShell and POSIX shells alike, but the last two still
    /// expand <c>$</c> and <c>`</c> in them (bash also <c>!</c>), and a <c>"</c> would end them: such a word goes in
    /// single quotes, which keep every character in POSIX shells, a single quote written as <c>'\''</c>.
    /// </remarks>
    private static string ShellWord(string text)
    {
        if (text.Length > 0 && text.All(IsPlain))
        {
            return text;
        }

        return text.IndexOfAny(['$', '`', '"', '!']) < 0
            ? $"\"{text}\""
            : $"'{text.Replace("'", "'\\''", StringComparison.Ordinal)}'";
    }

    // '\' escapes in POSIX shells, but it is Windows' separator, and cmd and PowerShell read it as it is.
    private static bool IsPlain(char c) => char.IsLetterOrDigit(c) || c is '_' or '-' or '.' or '/' or ':' or '+' || (c == '\\' && OperatingSystem.IsWindows());
}
