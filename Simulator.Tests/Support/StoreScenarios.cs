using Simulator.Core.Journal;
using Simulator.Scenarios.Parsing;
using Simulator.Scenarios.Running;

namespace Simulator.Tests.Support;

/// <summary>The scenarios the store's tests record (Simulator.Tests/Store/Scenarios), and their journals replayed in memory.</summary>
internal static class StoreScenarios
{
    /// <summary>Twelve web VMs, some without an agent, and VMs named with LIKE wildcards, brackets, punctuation, Cyrillic and Japanese.</summary>
    public static string Fleet => Path.Combine(AppContext.BaseDirectory, "Store", "Scenarios", "store-fleet.yaml");

    /// <summary>5,000 VMs for a year: a recording still running when the kill test kills it, on any machine.</summary>
    public static string LongFleet => Path.Combine(AppContext.BaseDirectory, "Store", "Scenarios", "long-fleet.yaml");

    // Azure refuses quotes, semicolons, commas and spaces in a VM's name (and so do scenarios); these are the most
    // awkward characters it allows.
    public const string AwkwardName = "vm-%_(drop)$1";
    public const string CyrillicName = "вм-01";
    public const string JapaneseName = "仮想マシン";
    public const string PunctuatedName = "vm.{braces}~ü";

    /// <summary>The journal of a plain headless replay, without the store.</summary>
    public static List<DomainEvent> Journal(string file)
    {
        var events = new List<DomainEvent>();
        ScenarioRunner.Run(ScenarioParser.Load(file), journal: events.Add);
        return events;
    }
}
