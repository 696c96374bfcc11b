using NodaTime;
using Simulator.Core.Service;
using Simulator.Tui.Dashboard.Views;

namespace Simulator.Tui.Dashboard;

/// <summary>The outcome of the last action or input, shown above the log until the next key (see <see cref="DashboardController.Apply"/>).</summary>
/// <param name="Text">What is said.</param>
/// <param name="IsError">True for a refusal or a key that did nothing, said in red after ✗.</param>
/// <param name="IsAboutKey">True for what a key that did nothing says: typing into a prompt, which keeps a refusal of
/// its input in view while it is corrected, clears this one, whose key is past.</param>
internal sealed record StatusMessage(string Text, bool IsError, bool IsAboutKey = false)
{
    public static StatusMessage Done(string text) => new(text, false);

    /// <summary>Something neither done nor refused, such as a question answered no: marked as neither.</summary>
    public static StatusMessage Note(string text) => new(text, false) { IsNote = true };

    /// <summary>True for a <see cref="Note"/>, drawn without the ✓ of something done.</summary>
    public bool IsNote { get; init; }

    public static StatusMessage Error(string text) => new(text, true);

    /// <summary>The core's refusal in its words, but for its times and job operations, which read as the screen writes them (<see cref="ScreenWording"/>).</summary>
    public static StatusMessage Refused(OperationRefusedException refusal, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return Error(RefusalText(refusal, zone));
    }

    /// <summary>What <see cref="Refused"/> says, for a message that says more.</summary>
    public static string RefusalText(OperationRefusedException refusal, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return $"{refusal.Operation} refused: {refusal.ReasonIn(new ScreenWording(zone))}";
    }

    /// <summary>Why a key did nothing, and which keys work.</summary>
    public static StatusMessage Unbound(string text) => new(text, IsError: true, IsAboutKey: true);
}
