namespace Simulator.Core.DataSources;

/// <summary>The kinds of data source the simulator protects.</summary>
public enum DataSourceType
{
    /// <summary>An Azure virtual machine (backup management type AzureIaasVM).</summary>
    AzureVm,

    /// <summary>Files and folders of a Windows server through the MARS agent (backup management type MAB).</summary>
    MarsFilesFolders,
}
