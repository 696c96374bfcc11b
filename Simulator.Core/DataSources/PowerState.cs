namespace Simulator.Core.DataSources;

public enum PowerState
{
    Running,
    Deallocated,
}
