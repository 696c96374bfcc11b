using NodaTime;
using Simulator.Core.Jobs;
using Simulator.Core.Journal;
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

    /// <summary>A narration's words on screen: a scenario step's refusal worded as a key's refusal is, anything else as the scenario said it.</summary>
    /// <remarks>The journal's "DisableBackup job dbd52d30 runs until 2026-06-08T10:00:20Z" read beside a key's "Disable job
    /// afde2910 runs until 2026-06-08 12:00:20 CEST (10:00:20 UTC)", one refusal named two ways.</remarks>
    public static string Said(Narration narration, DateTimeZone zone) =>
        narration.Refusal is { } refusal ? refusal.MessageIn(new ScreenWording(zone)) : narration.Text;
}
