using System.Text.RegularExpressions;
using NodaTime;
using Simulator.Tests.Support;
using Simulator.Tui.Dashboard.Views;

namespace Simulator.Tests.Dashboard;

/// <summary>A scenario step's refusal in the narration, worded as the same refusal of a key is.</summary>
public sealed partial class LogViewTests
{
    /// <summary>Five seconds after the script's undelete of vm-gone-01 was refused: its delete job runs until 10:00:30 UTC.</summary>
    private static readonly Instant AfterTheRefusedUndelete = Instant.FromUtc(2026, 6, 8, 10, 0, 15);

    [Fact]
    public void Should_WordAStepsRefusalAsAKeysRefusal_When_TheNarrationTellsOfIt()
    {
        // Given the script's undelete refused while vm-gone-01's delete job runs
        var state = DashboardWorlds.SoftDelete(AfterTheRefusedUndelete);

        // When
        var rendered = ConsoleText.Render(DashboardView.Render(state, 120, 40), 120, 40);
        var screen = Regex.Replace(rendered, @"\s+", " ");

        // Then the job and the time it runs until read as the status line writes them for a key refused the same way,
        // not in the journal's words ("DeleteBackupData job … runs until 2026-06-08T10:00:30Z")
        screen.ShouldContain("Undelete on 'vault-sea/vm-gone-01' refused: another operation is in progress on the item: Delete data job ");
        screen.ShouldContain(" runs until 2026-06-08 10:00:30 UTC, ");
        screen.ShouldNotContain("DeleteBackupData job");
    }
}
