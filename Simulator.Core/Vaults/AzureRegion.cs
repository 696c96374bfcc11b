namespace Simulator.Core.Vaults;

/// <summary>The one rule for an Azure region's name: the name ARM gives (<c>westeurope</c>), from it or its display name (<c>West Europe</c>).</summary>
/// <remarks>
/// ARM takes either for a location and returns the name, which is the display name in lower case without its spaces
/// (East US 2 is eastus2). Names are not checked against a list of regions: a training scenario may invent one.
/// </remarks>
public static class AzureRegion
{
    public static string Name(string region)
    {
        ArgumentNullException.ThrowIfNull(region);
        return string.Concat(region.Where(c => !char.IsWhiteSpace(c))).ToLowerInvariant();
    }
}
