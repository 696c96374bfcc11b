namespace Simulator.Core.Vaults;

/// <summary>The vault's backup storage redundancy, as the API's <c>StorageType</c> names it.</summary>
public enum StorageRedundancy
{
    GeoRedundant,
    LocallyRedundant,
    ZoneRedundant,
}
