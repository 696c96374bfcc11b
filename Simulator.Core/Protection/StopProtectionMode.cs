namespace Simulator.Core.Protection;

/// <summary>How protection is stopped.</summary>
public enum StopProtectionMode
{
    RetainForever,
    RetainAsPerPolicy,
    DeleteData,
}
