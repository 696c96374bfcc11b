using Simulator.Tui.Dashboard;

namespace Simulator.Tests.Dashboard;

/// <summary>Esc typed just before a key reaches the dashboard as one key, Alt and that key, as a terminal sends Alt.</summary>
public sealed partial class DashboardDriverTests
{
    /// <summary>Esc then j arriving together, as .NET's console reads ESC followed by 'j': Alt+j.</summary>
    private static readonly ConsoleKeyInfo EscapeThenJ = new('j', ConsoleKey.J, shift: false, alt: true, control: false);

    [Fact]
    public void Should_GoBackThenMoveDown_When_EscAndJArriveAsOneKey()
    {
        // Given the first item's detail open
        var driver = NewDriver();
        _input.Enqueue([Keys.Enter]);
        driver.Tick(120, 40);
        driver.State.OpenItem.ShouldNotBeNull();

        // When Esc and j are typed quickly enough to arrive together
        _input.Enqueue([EscapeThenJ]);
        driver.Tick(120, 40);

        // Then Esc went back to the list, and j moved its cursor to the second item
        driver.State.OpenItem.ShouldBeNull();
        driver.State.ItemCursor.ShouldBe(1);
    }

    [Fact]
    public void Should_CloseThePromptAndNotTypeTheKey_When_EscAndAKeyArriveAsOneKey()
    {
        // Given the name filter's prompt, with "vm" typed
        var driver = NewDriver();
        _input.Enqueue([.. Keys.Text("/vm")]);
        driver.Tick(120, 40);
        driver.State.Overlay.ShouldBeOfType<PromptOverlay>().Input.ShouldBe("vm");

        // When Esc and j arrive together
        _input.Enqueue([EscapeThenJ]);
        driver.Tick(120, 40);

        // Then the prompt is closed and j moved the list's cursor, where it was typed into the filter
        driver.State.Overlay.ShouldBeNull();
        driver.State.Filter.ShouldNotContain("j");
        driver.State.ItemCursor.ShouldBe(1);
    }
}
