namespace Simulator.Tui.Cli;

/// <summary>One way an item differs between two runs, as <c>diff</c> says it: what (jobs, points, storage…) and how, in words (<c>Completed 6 -> 1</c>).</summary>
/// <param name="Label">What differs; null for an item only one run has, which <paramref name="Text"/> says.</param>
/// <param name="Text">How it differs, A's then B's.</param>
internal sealed record DiffLine(string? Label, string Text)
{
    /// <summary>The line as the table writes it, its words lined up after the widest label ("job time").</summary>
    public override string ToString() => Label is null ? Text : $"{Label,-8} {Text}";

    /// <summary>The line's key in <c>diff --output json</c>: its label in camelCase (<c>jobTime</c>).</summary>
    public string Key => Label is null ? "onlyIn" : string.Concat(Label.Split(' ').Select((word, i) => i == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..]));

    /// <summary>The line's value in <c>diff --output json</c>: its words, or for an item one run alone has, that run (<c>A</c>).</summary>
    public string Value => Label is null ? Text[^1..] : Text;
}
