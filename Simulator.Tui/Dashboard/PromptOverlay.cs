namespace Simulator.Tui.Dashboard;

/// <summary>A question with a line of input: a confirmation, a typed name, a time or a filter.</summary>
/// <param name="Kind">What is asked.</param>
/// <param name="Title">The first line: the action or the question.</param>
/// <param name="Hint">How to answer.</param>
/// <param name="Input">What has been typed so far.</param>
/// <param name="Action">The action the answer confirms, if any.</param>
internal sealed record PromptOverlay(PromptKind Kind, string Title, string Hint, string Input = "", PendingAction? Action = null) : Overlay
{
    /// <summary>True for prompts that take typed text; a plain confirmation takes only Enter and Esc.</summary>
    public bool TakesText => Kind != PromptKind.Confirm;
}
