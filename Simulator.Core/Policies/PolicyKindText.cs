namespace Simulator.Core.Policies;

/// <summary>A policy kind as a sentence names it after "is" or "for": "a Standard", "an Enhanced", "a MARS".</summary>
public static class PolicyKindText
{
    /// <summary>The kind with its indefinite article: "a Standard", "an Enhanced", "a MARS".</summary>
    /// <remarks>
    /// Messages said "a {kind}", which read "a Enhanced policy"; the article follows the word's sound. MARS is written
    /// as Azure writes the agent's name, as every other message names it, not as the kind's YAML word.
    /// </remarks>
    public static string WithArticle(PolicyKind kind) => $"{(kind == PolicyKind.Enhanced ? "an" : "a")} {Name(kind)}";

    /// <summary>The kind as a sentence names it: "Standard", "Enhanced", "MARS".</summary>
    public static string Name(PolicyKind kind) => kind == PolicyKind.Mars ? "MARS" : kind.ToString();
}
