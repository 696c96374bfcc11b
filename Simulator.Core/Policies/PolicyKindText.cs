namespace Simulator.Core.Policies;

/// <summary>A policy kind as a sentence names it after "is" or "for": "a Standard", "an Enhanced", "a Mars".</summary>
public static class PolicyKindText
{
    /// <summary>The kind with its indefinite article: "a Standard", "an Enhanced", "a Mars".</summary>
    /// <remarks>Messages said "a {kind}", which read "a Enhanced policy"; the article follows the word's sound.</remarks>
    public static string WithArticle(PolicyKind kind) => kind == PolicyKind.Enhanced ? "an Enhanced" : $"a {kind}";
}
