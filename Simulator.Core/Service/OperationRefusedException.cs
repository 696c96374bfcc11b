using System.Runtime.CompilerServices;

namespace Simulator.Core.Service;

/// <summary>A command that Azure Backup would refuse, with the reason a person understands.</summary>
public sealed class OperationRefusedException : InvalidOperationException
{
    private readonly FormattableString _reason;

    public OperationRefusedException(string operation, string target, string reason)
        : this(operation, target, Plain(reason))
    {
    }

    /// <summary>A refusal whose reason names times or job operations, which <see cref="ReasonIn"/> words another way.</summary>
    public OperationRefusedException(string operation, string target, FormattableString reason)
        : base(Sentence(operation, target, Worded(reason, RefusalWording.Journal)))
    {
        _reason = reason;
        Operation = operation;
        Target = target;
        Reason = reason.ToString(RefusalWording.Journal);
    }

    /// <summary>The command that was refused, such as <c>Backup now</c>.</summary>
    public string Operation { get; }

    /// <summary>The vault, item, job or VM it was given.</summary>
    public string Target { get; }

    /// <summary>Why it was refused and, where there is one, the way out, worded as the journal words it.</summary>
    public string Reason { get; }

    /// <summary>A reason of plain words, none to word another way.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    public static FormattableString Plain(string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);

        // An argument, not the format: braces in the words are not read as placeholders.
        return FormattableStringFactory.Create("{0}", reason);
    }

    /// <summary>The reason with its times and job operations worded by <paramref name="wording"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="wording"/> is null.</exception>
    public string ReasonIn(RefusalWording wording)
    {
        ArgumentNullException.ThrowIfNull(wording);
        return _reason.ToString(wording);
    }

    /// <summary>The whole refusal, as <see cref="Exception.Message"/> says it, with its times and job operations worded by <paramref name="wording"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="wording"/> is null.</exception>
    public string MessageIn(RefusalWording wording) => Sentence(Operation, Target, ReasonIn(wording));

    private static string Sentence(string operation, string target, string reason) => $"{operation} on '{target}' refused: {reason}";

    private static string Worded(FormattableString reason, RefusalWording wording)
    {
        ArgumentNullException.ThrowIfNull(reason);
        return reason.ToString(wording);
    }
}
