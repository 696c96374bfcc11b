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

    [Theory]
    [InlineData(true, "xterm-256color", true)]
    [InlineData(true, "dumb", false)]
    [InlineData(true, null, false)]
    [InlineData(true, "", false)]
    [InlineData(false, "xterm-256color", false)]
    public void Should_PutTheKeysBackOnlyWhereDotNetSwitchedThem_When_TheProgramEnds(bool aTerminal, string? term, bool expected)
    {
        // Given a terminal on standard input or output or not, and the terminal's type (dumb has no keypad mode)
        // When / Then
        KeypadMode.WasSwitched(aTerminal, term).ShouldBe(expected);
    }
}
