using System.CommandLine;
using System.CommandLine.Help;
using System.Text.RegularExpressions;
using Simulator.Scenarios;
using Simulator.Scenarios.Files;
using Simulator.Scenarios.Running;

namespace Simulator.Tui.Cli;

/// <summary>The vaultsim command line: one root command, one subcommand per face of the product.</summary>
public static partial class VaultsimCli
{
    public static int Run(string[] args, CliIo io)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(io);
        io = io with { Out = new GuardedOutput(new VisibleWriter(io.Out)), Error = new BestEffortError(new VisibleWriter(io.Error)) };
        try
        {
            return Invoke(io, args);
        }
        catch (OutputFailedException e)
        {
            // As a report named with --json that can't be written is said, and with the same exit.
            io.Error.WriteLine($"vaultsim: standard output: can't write: {WriteFailure.Describe(e.Failure)}");
            return ExitCodes.InvalidInput;
        }
    }

    private static int Invoke(CliIo io, string[] args)
    {
        var root = Build(io);
        var parsed = root.Parse(args);

        // Asking for help is never refused: it is how a person finds the options a mistyped one should have been.
        // A word where a command was expected is told once, by the commands there are, in place of the parser's lines.
        // An option the command lacks is told once, with the option meant, in place of the parser's lines of it and its value.
        var (unknown, told) = parsed.Action is HelpAction ? ([], new HashSet<string>()) : UnknownOptions.In(parsed);
        var valued = parsed.Action is HelpAction ? [] : Flags.GivenAValue(parsed, args).ToList();
        var errors = valued.Count > 0 ? valued : (UnknownCommands.In(parsed) is { } command ? [command] : parsed.Errors.Where(e => !UnknownOptions.IsTold(e, told)).Select(e => ExtraWords.Told(e, parsed) ?? RepeatedOptions.Told(e) ?? MissingArguments.Told(e, parsed.CommandResult) ?? Friendly(e.Message)).Distinct())
            .Concat(unknown)
            .Distinct()
            .ToList();
        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                io.Error.WriteLine($"vaultsim: {error}");
            }

            io.Error.WriteLine($"Run '{UnknownOptions.CommandPath(ExtraWords.UsageOf(parsed))} --help' for usage.");
            return ExitCodes.InvalidInput;
        }

        if (parsed.Action is HelpAction)
        {
            // Written whole, then put right where the parser's list of commands says less than their usage lines.
            using var help = new StringWriter();
            var exit = parsed.Invoke(new InvocationConfiguration { Output = help, Error = io.Error, EnableDefaultExceptionHandler = false });
            io.Out.Write(HelpUsage.Corrected(help.ToString(), parsed.CommandResult.Command));
            return exit;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = io.Out, Error = io.Error, EnableDefaultExceptionHandler = false });
        }
        catch (CliInputException e)
        {
            io.Error.WriteLine($"vaultsim: {e.Message}");
            return ExitCodes.InvalidInput;
        }
        catch (Store.RunStoreException e)
        {
            // A run file that can't be written or read: its message starts with the file.
            io.Error.WriteLine($"vaultsim: {e.Message}");
            return ExitCodes.InvalidInput;
        }
        catch (ScenarioLoadException e)
        {
            // A scenario's mistakes, each told on its own line at its place, as validate tells them.
            ScenarioLoading.Write(io, e.Errors);
            return ExitCodes.InvalidInput;
        }
    }

    internal static RootCommand Build(CliIo io)
    {
        var root = new RootCommand("vaultsim: a deterministic simulator of Azure Backup Recovery Services vaults. With no command: the dashboard on the built-in demo in a terminal, or the demo's timeline when piped or under CI.");
        foreach (var command in Commands(io))
        {
            root.Add(command);
        }

        root.SetAction(_ => io.IsInteractive && !io.UnderCi
            ? TuiCommand.Open(io, () => new ScenarioSession(BuiltInScenarios.Demo()))
            : DemoCommand.RunDefault(io));
        return root;
    }

    private static IEnumerable<Command> Commands(CliIo io)
    {
        yield return RunCommand.Create(io);
        yield return ValidateCommand.Create(io);
        yield return ShowCommand.Create(io);
        yield return PolicyCommand.Create(io);
        yield return TuiCommand.Create(io);
        yield return RenderCommand.Create(io);
        yield return ReportCommand.Create(io);
        yield return DiffCommand.Create(io);
        yield return BenchCommand.Create(io);
    }

    /// <summary>The parser names the .NET type an option wanted, and calls an option's value its "argument"; a person wants to read what to type.</summary>
    private static string Friendly(string message)
    {
        var typed = message
            .Replace("'System.Nullable`1[System.Int64]'", "a whole number", StringComparison.Ordinal)
            .Replace("'System.Nullable`1[System.Int32]'", "a whole number", StringComparison.Ordinal)
            .Replace("'System.Int64'", "a whole number", StringComparison.Ordinal)
            .Replace("'System.Int32'", "a whole number", StringComparison.Ordinal)
            .Replace("'System.Boolean'", "true or false", StringComparison.Ordinal)
            .Replace("as expected type a whole number", "as a whole number", StringComparison.Ordinal)
            .Replace("as expected type true or false", "as true or false", StringComparison.Ordinal);

        // Told as the options read by this program are told ("--width: 'abc' is not a whole number").
        var read = NotAValue().Replace(typed, "${option}: '${value}' is not ${kind}.");
        var valued = ValueMissing().Replace(read, "${option} is given without its value: write the value after ${option}.");
        var version = valued == "--version option cannot be combined with other arguments."
            ? "--version prints the version alone; give it with nothing else (vaultsim --version)."
            : valued;
        return OptionMissing().Replace(version, "${option} is missing: this command needs it; write ${option} and its value.");
    }

    /// <summary>The parser's words for a value it could not read, once the .NET type in them is put as a person says it.</summary>
    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for option '(?<option>.+)' as (?<kind>a whole number|true or false)\.$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex NotAValue();

    [GeneratedRegex(@"^Required argument missing for option: '(?<option>.+)'\.$", RegexOptions.CultureInvariant)]
    private static partial Regex ValueMissing();

    /// <summary>The parser's words for a required option left out (<c>render</c>'s <c>--at</c>), told as a missing argument is.</summary>
    [GeneratedRegex(@"^Option '(?<option>.+)' is required\.$", RegexOptions.CultureInvariant)]
    private static partial Regex OptionMissing();
}
