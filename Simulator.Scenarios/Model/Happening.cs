namespace Simulator.Scenarios.Model;

/// <summary>Something in the journal a step can wait for: the nth occurrence of a kind of event for an item.</summary>
public sealed record Happening(HappeningKind Kind, string Item, int Nth);
