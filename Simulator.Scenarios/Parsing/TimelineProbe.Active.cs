namespace Simulator.Scenarios.Parsing;

internal sealed partial class TimelineProbe
{
    /// <summary>The <c>configureProtection</c> step above that protects each data source, surely, by the step being read: its vault and line.</summary>
    private readonly Dictionary<string, (string Vault, int Line)> _configuredBySteps = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The data sources whose protection only the run knows by the step being read.</summary>
    private readonly HashSet<string> _runDecides = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The VMs a <c>deleteVm</c> step above may have deleted.</summary>
    private readonly HashSet<string> _mayBeDeleted = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The vault whose schedule surely protects the data source when the step being read runs, and the line of
    /// the <c>configureProtection</c> step that protected it there (none when the file protects it at the start); null
    /// when none surely does.</summary>
    /// <remarks>
    /// Only stopping protection ends a running schedule (<c>ProtectedItem.IsScheduleActive</c>): a failed backup, a
    /// deleted VM or a change of policy leave it running. So a data source protected at the start, or by a
    /// <c>configureProtection</c> step above that the run must accept (it says no <c>refused:</c>), is protected until
    /// a <c>stopProtection</c> step names it, which the run may accept whatever it says; from then on only the run knows.
    /// </remarks>
    public (string Vault, int? Line)? SurelyProtected(string source) =>
        _runDecides.Contains(source) ? null
        : _configuredBySteps.TryGetValue(source, out var step) ? (step.Vault, step.Line)
        : Definition(source) is { Vault: { } vault, Policy: not null } ? (vault, null)
        : null;

    /// <summary>Notes a <c>stopProtection</c> or <c>deleteVm</c> step on the data source, whether or not it says <c>refused:</c>.</summary>
    public void MayChange(Model.ActionVerb verb, string source)
    {
        if (verb == Model.ActionVerb.StopProtection)
        {
            _runDecides.Add(source);
        }
        else if (verb == Model.ActionVerb.DeleteVm)
        {
            // A deleted VM can't be protected: a configureProtection step after this one may be refused for that.
            _mayBeDeleted.Add(source);
        }
    }

    /// <summary>Notes a <c>configureProtection</c> step that expects no refusal: it protects the data source in the
    /// vault from the next step on, unless <paramref name="refused"/> (its mistake is reported), or the VM may have
    /// been deleted by then; in those cases only the run knows.</summary>
    public void Configured(string source, string vault, int line, bool refused)
    {
        if (refused || _mayBeDeleted.Contains(source))
        {
            _runDecides.Add(source);
            return;
        }

        _configuredBySteps[source] = (vault, line);
    }
}
