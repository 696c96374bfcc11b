using System.CommandLine;
using Simulator.Scenarios;
using Simulator.Scenarios.Model;
using Simulator.Scenarios.Running;
using Simulator.Tui.Dashboard;
using Simulator.Tui.Dashboard.Live;
using Spectre.Console;

namespace Simulator.Tui.Cli;

/// <summary><c>vaultsim tui [SCENARIO]</c>: the live dashboard on a scenario, or on the built-in demo.</summary>
internal static class TuiCommand
{
    public static Command Create(CliIo io)
    {
        var path = new Argument<string?>("SCENARIO") { Description = "A scenario file; the built-in demo when left out.", Arity = ArgumentArity.ZeroOrOne };
        var seed = new Option<long?>("--seed") { Description = "Override the scenario's seed." };
        var command = new Command("tui", "Open the live dashboard: vaults, items, jobs and their phases, clock controls and actions.") { path, seed };
        command.SetAction(parsed =>
        {
            ScenarioDefinition definition;
            if (parsed.GetValue(path) is { } file)
            {
                var definitions = ScenarioLoading.LoadAll([file], io);
                if (definitions is null)
                {
                    return ExitCodes.InvalidInput;
                }

                definition = definitions[0];
            }
            else
            {
                definition = BuiltInScenarios.Demo();
            }

            var overrideSeed = parsed.GetValue(seed);
            return Open(io, () => new ScenarioSession(definition, overrideSeed));
        });
        return command;
    }

    /// <summary>Opens the dashboard on the session the factory makes (a scenario today; a stored run later).</summary>
    public static int Open(CliIo io, Func<ScenarioSession> sessionFactory)
    {
        ArgumentNullException.ThrowIfNull(io);
        ArgumentNullException.ThrowIfNull(sessionFactory);
        if (!io.IsInteractive || io.WallClock is not { } wallClock)
        {
            io.Error.WriteLine("vaultsim tui: the dashboard needs a terminal, and input or output is redirected. Use 'vaultsim render SCENARIO --at TIME' for a frame as text, or 'vaultsim show SCENARIO' for the timeline.");
            return ExitCodes.InvalidInput;
        }

        ScenarioSession session;
        try
        {
            session = sessionFactory();
        }
        catch (ScenarioLoadException e)
        {
            e.Errors.ToList().ForEach(error => io.Error.WriteLine(error.ToString()));
            return ExitCodes.InvalidInput;
        }

        var console = AnsiConsole.Console;
        var driver = new DashboardDriver(new DashboardWorld(session), console.Input, wallClock);
        DashboardLoop.Run(console, driver, wallClock);
        return ExitCodes.Ok;
    }
}
