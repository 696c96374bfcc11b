namespace Simulator.Core.Service;

/// <summary>A command that Azure Backup would refuse, with the reason a person understands.</summary>
public sealed class OperationRefusedException : InvalidOperationException
{
    public OperationRefusedException(string operation, string target, string reason)
        : base($"{operation} on '{target}' refused: {reason}")
    {
        Operation = operation;
        Target = target;
        Reason = reason;
    }

    /// <summary>The command that was refused, such as <c>Backup now</c>.</summary>
    public string Operation { get; }

    /// <summary>The vault, item, job or VM it was given.</summary>
    public string Target { get; }

    /// <summary>Why it was refused and, where there is one, the way out.</summary>
    public string Reason { get; }
}
