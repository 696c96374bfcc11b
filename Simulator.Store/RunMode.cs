namespace Simulator.Store;

/// <summary>How a run was played: headless (<c>vaultsim run</c>) or by a person (the dashboard).</summary>
public enum RunMode
{
    Headless,
    Interactive,
}
