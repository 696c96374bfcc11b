using NodaTime;
using Simulator.Core.Jobs;
using Simulator.Core.Service;

namespace Simulator.Tui.Dashboard.Views;

/// <summary>A refusal's times and job operations as the screen writes them elsewhere: the header's clock, the job list's names.</summary>
/// <remarks>
/// The status line quoted the core's ISO instants in UTC ("2026-06-15T02:08:15Z") under a clock that reads
/// "2026-06-15 04:08:15 CEST (02:08:15 UTC)". The rest of a reason is the core's own words.
/// </remarks>
internal sealed class ScreenWording(DateTimeZone zone) : RefusalWording
{
    public override string Time(Instant instant) => TimeText.Header(instant, zone);

    public override string Operation(JobOperation operation) => Labels.Of(operation);
}
