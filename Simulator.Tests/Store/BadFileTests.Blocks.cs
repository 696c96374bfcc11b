using System.Globalization;
using Simulator.Tests.Support;

namespace Simulator.Tests.Store;

public sealed partial class BadFileTests
{
    /// <summary>An event block edited by hand in a run that did not complete, whose reports fold its events again: the edit ({0}: the second block's batch), and the cell the refusal names ({1}, {2}: its first and last event).</summary>
    public static TheoryData<string, string> EditedBlocks => new()
    {
        { "UPDATE event_blocks SET data = x'00' WHERE batch = {0}", "table 'event_blocks', column 'data', in the row with batch {0}: found an event block of format 0, expected the events {1} to {2}, as vaultsim writes them" },
        { "UPDATE event_blocks SET data = substr(data, 1, length(data) - 3) WHERE batch = {0}", "table 'event_blocks', column 'data', in the row with batch {0}: found an event block cut short, expected the events {1} to {2}, as vaultsim writes them" },
        { "UPDATE event_blocks SET data = substr(data, 1, 20) || x'ffffffffffffffffffff' || substr(data, 31) WHERE batch = {0}", "table 'event_blocks', column 'data', in the row with batch {0}: found a BLOB whose events can't be read, expected the events {1} to {2}, as vaultsim writes them" },
        { "UPDATE event_blocks SET data = (SELECT data FROM event_blocks WHERE batch = {0} - 1) WHERE batch = {0}", "table 'event_blocks', column 'data', in the row with batch {0}: found {3} events, expected the events {1} to {2}, as vaultsim writes them" },
        { "UPDATE event_blocks SET first_seq = 0 WHERE batch = {0}", "table 'event_blocks', column 'first_seq', in the row with batch {0}: found 0, expected {1}, the event after those of the blocks before it" },
        { "DELETE FROM event_blocks WHERE batch = {0} - 1", "table 'event_blocks', column 'first_seq', in the row with batch {0}: found {1}, expected 1, the event after those of the blocks before it" },
    };

    [Theory]
    [MemberData(nameof(EditedBlocks))]
    public void Should_NameTheBlocksRowAndColumn_When_AnEventBlockWasEditedByHand(string edit, string problem)
    {
        // Given a run whose rows are rebuilt from its events, with its second block edited
        var path = RecordedRun();
        SqliteFiles.Execute(path, "UPDATE runs SET status = 'incomplete'");
        var batch = SqliteFiles.Scalar(path, "SELECT batch FROM event_blocks ORDER BY batch LIMIT 1 OFFSET 1");
        var (first, last) = (SqliteFiles.Scalar(path, $"SELECT first_seq FROM event_blocks WHERE batch = {batch}"), SqliteFiles.Scalar(path, $"SELECT last_seq FROM event_blocks WHERE batch = {batch}"));
        var firstBlocksEvents = SqliteFiles.Scalar(path, "SELECT last_seq FROM event_blocks ORDER BY batch LIMIT 1");
        SqliteFiles.Execute(path, string.Format(CultureInfo.InvariantCulture, edit, batch));
        var before = FileSnapshot.Of(path);

        // When
        var outcome = CliRun.Of("report", path, "jobs");

        // Then, in place of "it holds a value no vaultsim run writes" or the decoder's words about "an event block", which named no row
        outcome.ExitCode.ShouldBe(2);
        outcome.Error.ShouldBe($"vaultsim: {path}: {string.Format(CultureInfo.InvariantCulture, problem, batch, first, last, firstBlocksEvents)}{EditedTime}\n");
        outcome.Out.ShouldBeEmpty();
        FileSnapshot.Of(path).ShouldBe(before);
    }
}
