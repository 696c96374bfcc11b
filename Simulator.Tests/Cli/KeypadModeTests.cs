using System.Runtime.InteropServices;
using Simulator.Tui.Cli;

namespace Simulator.Tests.Cli;

/// <summary>Whether a signal puts the terminal's keys back: only when it is about to end the process.</summary>
public sealed class KeypadModeTests
{
    [Fact]
    public void Should_PutTheKeysBack_When_NothingKeptTheSignalFromEndingTheProcess()
    {
        // Given: Ctrl+C while a reopened lab replays, before the dashboard catches it
        var restored = 0;
        var interrupt = new PosixSignalContext(PosixSignal.SIGINT);

        // When
        KeypadMode.OnEndingSignal(interrupt, () => restored++);

        // Then
        restored.ShouldBe(1);
    }

    [Fact]
    public void Should_LeaveTheKeys_When_ADashboardKeptTheSignalToQuitItself()
    {
        // Given: the dashboard quits through its loop, and puts the keys back as it leaves its screen
        var restored = 0;
        var interrupt = new PosixSignalContext(PosixSignal.SIGINT) { Cancel = true };

        // When
        KeypadMode.OnEndingSignal(interrupt, () => restored++);

        // Then
        restored.ShouldBe(0);
    }
}
