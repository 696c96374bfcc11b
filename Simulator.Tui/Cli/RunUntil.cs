using NodaTime;
using Simulator.Scenarios.Yaml;

namespace Simulator.Tui.Cli;

/// <summary>Places <c>run</c>'s <c>--until</c> in each scenario it was given.</summary>
/// <remarks>
/// One scenario named on its own is meant to be stopped inside it, and a time outside it is refused with its span.
/// Several (a folder in CI) are each run up to the time: one that ends before it runs whole, and one that starts after
/// it is skipped; the run itself is refused only when the time comes before every one of them, as nothing would run
/// and a build would pass having checked nothing.
/// </remarks>
internal static class RunUntil
{
    /// <summary>Where each scenario stops, in the order of <paramref name="loads"/>: null where it runs to its end or was not loaded.</summary>
    /// <exception cref="CliInputException">The time can't be read, or is outside the one scenario, or before every one.</exception>
    public static IReadOnlyList<Instant?> Place(string? until, IReadOnlyList<ScenarioLoad> loads)
    {
        var headers = loads.Select(l => l.Definition?.Header).ToList();
        if (until is null)
        {
            return [.. headers.Select(_ => (Instant?)null)];
        }

        if (loads.Count == 1)
        {
            return [headers[0] is { } only ? CliTime.Parse(until, "--until", only) : null];
        }

        var stops = headers.Select(h => h is null ? (Instant?)null : CliTime.ParseAnyTime(until, "--until", h)).ToList();
        // A file that did not load has no header and no stop; it is told among the others, not placed.
        var placed = headers.Zip(stops).Where(p => p.First is not null).Select(p => (Header: p.First!, Stop: p.Second!.Value)).ToList();
        if (placed.Count > 0 && placed.All(p => p.Stop < p.Header.Start))
        {
            var first = placed.MinBy(p => p.Header.Start).Header;
            throw new CliInputException($"--until: {until} is before every scenario starts; the first, '{first.Name}', starts at {ScenarioTime.Told(first.Start, first.DisplayZone)}.");
        }

        return stops;
    }
}
