namespace Simulator.Tui.Cli;

/// <summary>Whether a CI server runs the command, from the variables the common ones set.</summary>
/// <remarks>
/// Most give a step no terminal, but some do (Buildkite; Jenkins or GitLab running a step under <c>script</c>), and
/// the dashboard would then wait for keys no one presses until the job timed out.
/// </remarks>
internal static class ContinuousIntegration
{
    // CI: GitHub Actions, GitLab, Buildkite, CircleCI, Travis, Bitbucket and most others; the rest set only their own.
    private static readonly string[] OwnVariables = ["TF_BUILD", "JENKINS_URL", "TEAMCITY_VERSION", "BUILDKITE", "GITHUB_ACTIONS", "GITLAB_CI"];

    /// <summary>True when a CI server's variable is set (<c>CI</c> to anything but <c>false</c> or <c>0</c>).</summary>
    public static bool IsDetected(Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        return variable("CI") is { Length: > 0 } ci && !ci.Equals("false", StringComparison.OrdinalIgnoreCase) && ci != "0"
            || OwnVariables.Any(name => variable(name) is { Length: > 0 });
    }
}
