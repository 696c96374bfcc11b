namespace Simulator.Tui.Cli;

/// <summary>The exit statuses every vaultsim command uses.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The run worked, and an expectation did not hold.</summary>
    public const int ExpectationFailed = 1;

    /// <summary>Bad input: arguments, scenario files, policy files, database files.</summary>
    public const int InvalidInput = 2;
}
