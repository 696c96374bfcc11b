using Spectre.Console;

namespace Simulator.Tui.Dashboard.Views;

/// <summary>A menu or a prompt, drawn where the job list (or the item's timeline) is.</summary>
internal static class OverlayView
{
    /// <param name="frame">The frame to draw into.</param>
    /// <param name="state">The state whose overlay, a menu or a prompt, is drawn.</param>
    /// <param name="lines">The lines it has, its title and hint included: a long menu scrolls to keep its cursor in them.</param>
    public static void Add(Frame frame, DashboardState state, int lines)
    {
        switch (state.Overlay)
        {
            case MenuOverlay menu:
                // The choices come before the question's lines: given lines - 3, a long name's question left one row,
                // too few for the line that says more are below, and the stop menu read as its first way of stopping.
                var reserved = menu.Choices.Count <= lines - 2 ? menu.Choices.Count : ListRows.Least(menu.Choices.Count);
                var questionLines = Math.Max(0, lines - 2 - reserved);
                frame.Title(questionLines == 0 ? Shortened(menu.Title, frame.Width - 3, 1)[0] : menu.Title, focused: true);
                var asked = AddQuestion(frame, menu.Title, questionLines);
                // The window's edge cut the hint at 60 columns after "Enter confirms the choice", its Esc lost.
                var keys = $"  {MenuOverlay.Hint}".GetCellWidth() <= frame.Width ? MenuOverlay.Hint : MenuOverlay.NarrowHint;
                frame.Add($"  {keys}", Palette.Dim);
                // A menu cut short says so as every list does: its one choice on screen read as all there was.
                var rows = Math.Max(1, lines - 2 - asked);
                var window = ListRows.Window(menu.Cursor, menu.Choices.Count, rows, state.Tops.Menu);
                frame.Shown = frame.Shown with { Menu = window.First, Pages = frame.Shown.Pages with { Menu = window.Count } };
                for (var i = window.First; i < window.First + window.Count; i++)
                {
                    frame.Add(ListRows.Gutter(frame, i == menu.Cursor).Add(menu.Choices[i].Label, i == menu.Cursor ? Palette.Selected : null));
                }

                ListRows.More(frame, window, menu.Choices.Count, rows);

                break;
            case PromptOverlay prompt:
                frame.Title(prompt.Title, focused: true);
                var input = prompt.TakesText ? 1 : 0;
                var question = AddQuestion(frame, prompt.Title, lines - 2 - input);
                // The hint says how to answer (the go-to's +offset form, how to cancel): on a narrow window it goes
                // on to the lines the prompt has spare rather than lose its end.
                var hintLines = Math.Max(1, lines - 1 - question - input);
                foreach (var hint in TextWrap.Lines(prompt.Hint, frame.Width - 2, hintLines))
                {
                    frame.Add($"  {hint}", Palette.Dim);
                }

                if (prompt.TakesText)
                {
                    frame.Add(frame.NewLine().Add("  > ", Palette.Key).Add(InputTail(prompt.Input, frame.Width - 5)).Add("█", Palette.Key));
                }

                break;
        }
    }

    /// <summary>What is typed, its start given up for "…" where it is wider than <paramref name="cells"/>: the cursor, at its end, stays in view.</summary>
    private static string InputTail(string input, int cells)
    {
        if (input.GetCellWidth() <= cells)
        {
            return input;
        }

        var start = input.Length;
        var width = 1;
        while (start > 0 && width + input[start - 1].ToString().GetCellWidth() <= cells)
        {
            start--;
            width += input[start].ToString().GetCellWidth();
        }

        // Never between the halves of a surrogate pair.
        if (start < input.Length && char.IsLowSurrogate(input[start]))
        {
            start++;
        }

        return $"…{input[start..]}";
    }

    /// <summary>The lines the overlay needs to be read whole: its title, the question again where the title bar cuts it, then a menu's hint and every choice, or a prompt's hint and input.</summary>
    /// <remarks>Every choice, not the first: a stop menu in an item's detail at 60×18 showed "Retain backup data forever"
    /// alone, the points keeping the lines its two other ways of stopping needed.</remarks>
    public static int Wanted(DashboardState state, int width) => state.Overlay switch
    {
        MenuOverlay menu => 1 + Question(menu.Title, width, int.MaxValue).Count + 1 + menu.Choices.Count,
        PromptOverlay prompt => 1 + Question(prompt.Title, width, int.MaxValue).Count
            + TextWrap.Lines(prompt.Hint, width - 2, int.MaxValue).Count() + (prompt.TakesText ? 1 : 0),
        _ => 0,
    };

    /// <summary>The question on lines of the pane, at most <paramref name="maxLines"/>; none where the title bar holds it whole.</summary>
    private static List<string> Question(string question, int width, int maxLines) =>
        Frame.TitleFits(question, width) || maxLines <= 0 ? [] : Shortened(question, width - 2, maxLines);

    /// <summary>The text on at most <paramref name="maxLines"/> lines of <paramref name="width"/> cells, its longest words (the names) cut in their middle first, down to <see cref="FewestWordCells"/>.</summary>
    /// <remarks>What a question asks about is named by its long words, a VM's and a vault's: cut at a line's end
    /// ("…-long-name-ab…") or left off (" …"), its "in vault" went unread; both ends of a name tell it from its neighbours'.</remarks>
    private static List<string> Shortened(string text, int width, int maxLines)
    {
        var words = text.Split(' ');
        while (true)
        {
            var lines = TextWrap.Lines(string.Join(' ', words), width, int.MaxValue).ToList();
            var longest = Enumerable.Range(0, words.Length).MaxBy(i => words[i].GetCellWidth());
            var cells = words[longest].GetCellWidth();
            var fits = lines.Count <= maxLines && lines.All(line => line.GetCellWidth() <= width);
            var cut = fits || cells <= FewestWordCells ? null : MiddleCut.Fit(words[longest], cells - 1);
            if (cut is null || cut.GetCellWidth() >= cells)
            {
                // Fitted, or cut as far as a name is: wrapped in the lines there are (a cut that would not shorten ends the loop too).
                return fits ? lines : TextWrap.Lines(string.Join(' ', words), width, maxLines).ToList();
            }

            words[longest] = cut;
        }
    }

    /// <summary>The fewest cells a name keeps when a question is shortened, as a vault's name keeps in an item's title: fewer read as no name.</summary>
    private const int FewestWordCells = 12;

    /// <summary>The question again, whole, under a title bar too narrow for it; the number of lines it took.</summary>
    /// <remarks>
    /// What is confirmed is often at the question's end ("…, retain backup data forever", "…: its next backup is a full
    /// copy"), which an 80-column title bar cut; a person must not confirm what they can't read.
    /// </remarks>
    private static int AddQuestion(Frame frame, string question, int maxLines)
    {
        var wrapped = Question(question, frame.Width, maxLines);
        foreach (var line in wrapped)
        {
            frame.Add($"  {line}");
        }

        return wrapped.Count;
    }
}
