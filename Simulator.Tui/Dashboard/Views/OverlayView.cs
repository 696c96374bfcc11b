namespace Simulator.Tui.Dashboard.Views;

/// <summary>A menu or a prompt, drawn where the job list (or the item's timeline) is.</summary>
internal static class OverlayView
{
    public static void Add(Frame frame, Overlay? overlay)
    {
        switch (overlay)
        {
            case MenuOverlay menu:
                frame.Title(menu.Title, focused: true);
                frame.Add("  ↑/↓ choose · Enter confirms the choice · Esc cancels", Palette.Dim);
                for (var i = 0; i < menu.Choices.Count; i++)
                {
                    frame.Add(ListRows.Gutter(frame, i == menu.Cursor).Add(menu.Choices[i].Label, i == menu.Cursor ? Palette.Selected : null));
                }

                break;
            case PromptOverlay prompt:
                frame.Title(prompt.Title, focused: true);
                frame.Add($"  {prompt.Hint}", Palette.Dim);
                if (prompt.TakesText)
                {
                    frame.Add(frame.NewLine().Add("  > ", Palette.Key).Add(prompt.Input).Add("█", Palette.Key));
                }

                break;
        }
    }
}
