using Simulator.Core.Journal;
using Simulator.Scenarios.Parsing;
using Simulator.Scenarios.Running;

namespace Simulator.Tests.Support;

/// <summary>The scenarios the store's tests record (Simulator.Tests/Store/Scenarios), and their journals replayed in memory.</summary>
internal static class StoreScenarios
{
    /// <summary>Twelve web VMs, some without an agent, and VMs named with quotes, a semicolon, a comma, Cyrillic and Japanese.</summary>
    public static string Fleet => Path.Combine(AppContext.BaseDirectory, "Store", "Scenarios", "store-fleet.yaml");

    /// <summary>5,000 VMs for a year: a recording still running when the kill test kills it, on any machine.</summary>
    public static string LongFleet => Path.Combine(AppContext.BaseDirectory, "Store", "Scenarios", "long-fleet.yaml");

    public const string AwkwardName = "vm-'; DROP TABLE jobs;--";
    public const string CyrillicName = "вм-01";
    public const string JapaneseName = "仮想マシン";
    public const string QuotedName = "vm \"quoted\", with comma";

    /// <summary>The journal of a plain headless replay, without the store.</summary>
    public static List<DomainEvent> Journal(string file)
    {
        var events = new List<DomainEvent>();
        ScenarioRunner.Run(ScenarioParser.Load(file), journal: events.Add);
        return events;
    }
}
