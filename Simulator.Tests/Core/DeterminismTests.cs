using Simulator.Core.DataSources;
using Simulator.Tests.Support;

namespace Simulator.Tests.Core;

public sealed class DeterminismTests
{
    private static string Run(long seed)
    {
        var world = new TestWorld(new VmSpec("vm-web-01", "westeurope") { UsedSizeGb = 900, ThroughputMBps = 8 }, seed);
        var second = world.Simulation.AddVirtualMachine(new VmSpec("vm-db-01", "westeurope") { Os = OsType.Linux });
        world.Simulation.ConfigureProtection(world.Vault, second);
        world.RunToDay(45);
        return world.JournalText;
    }

    [Fact]
    public void Should_GiveTheSameJournalByteForByte_When_TheSeedIsTheSame()
    {
        Run(7).ShouldBe(Run(7));
    }

    [Fact]
    public void Should_GiveAnotherJournal_When_TheSeedDiffers()
    {
        Run(7).ShouldNotBe(Run(8));
    }
}
