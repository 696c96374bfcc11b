namespace Simulator.Core.DataSources;

public enum OsType
{
    Windows,
    Linux,
}
