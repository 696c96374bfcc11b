using Spectre.Console;

namespace Simulator.Tests.Dashboard;

/// <summary>An <see cref="IAnsiConsoleInput"/> that hands out keys queued by a test, as a terminal would.</summary>
internal sealed class ScriptedInput : IAnsiConsoleInput
{
    private readonly Queue<ConsoleKeyInfo> _keys = new();

    public void Enqueue(IEnumerable<ConsoleKeyInfo> keys)
    {
        foreach (var key in keys)
        {
            _keys.Enqueue(key);
        }
    }

    public bool IsKeyAvailable() => _keys.Count > 0;

    public ConsoleKeyInfo? ReadKey(bool intercept) => _keys.Count > 0 ? _keys.Dequeue() : null;

    public Task<ConsoleKeyInfo?> ReadKeyAsync(bool intercept, CancellationToken cancellationToken) => Task.FromResult(ReadKey(intercept));
}
