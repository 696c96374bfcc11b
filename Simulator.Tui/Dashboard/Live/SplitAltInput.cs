using Simulator.Tui.Dashboard.Input;
using Spectre.Console;

namespace Simulator.Tui.Dashboard.Live;

/// <summary>The terminal's keys, an Alt key read as Esc then the key: the dashboard binds no Alt key.</summary>
/// <remarks>
/// A terminal sends Alt+j as ESC followed by j, which is also what Esc pressed just before j sends; .NET's console
/// reads the two as one key, Alt+j, whenever they arrive together (typed quickly, or over a slow link). The key map
/// reads the character alone, so the Esc was lost: Esc then j in an item's detail moved in the detail instead of going
/// back, and in a prompt typed the j into it instead of closing it. As no key of the dashboard takes Alt, Esc and the
/// key are what was meant.
/// </remarks>
internal sealed class SplitAltInput(IAnsiConsoleInput input) : IAnsiConsoleInput
{
    private static readonly ConsoleKeyInfo Escape = KeyCatalog.Char('\u001b', ConsoleKey.Escape);

    private ConsoleKeyInfo? _after;

    public bool IsKeyAvailable() => _after is not null || input.IsKeyAvailable();

    public ConsoleKeyInfo? ReadKey(bool intercept) => _after is not null ? TakeAfter() : Split(input.ReadKey(intercept));

    public async Task<ConsoleKeyInfo?> ReadKeyAsync(bool intercept, CancellationToken cancellationToken) =>
        _after is not null ? TakeAfter() : Split(await input.ReadKeyAsync(intercept, cancellationToken).ConfigureAwait(false));

    private ConsoleKeyInfo? TakeAfter()
    {
        var after = _after;
        _after = null;
        return after;
    }

    private ConsoleKeyInfo? Split(ConsoleKeyInfo? read)
    {
        if (read is not { } key || !key.Modifiers.HasFlag(ConsoleModifiers.Alt))
        {
            return read;
        }

        _after = new ConsoleKeyInfo(
            key.KeyChar,
            key.Key,
            shift: key.Modifiers.HasFlag(ConsoleModifiers.Shift),
            alt: false,
            control: key.Modifiers.HasFlag(ConsoleModifiers.Control));
        return Escape;
    }
}
