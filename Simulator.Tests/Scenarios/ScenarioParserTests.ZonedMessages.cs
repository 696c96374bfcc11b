namespace Simulator.Tests.Scenarios;

/// <summary>Every time a message about a zoned file names is told as the file writes it, in its zone with UTC beside
/// it, by the rule that tells a time outside the scenario; a UTC file's messages name UTC alone.</summary>
public sealed partial class ScenarioParserTests
{
    [Fact]
    public void Should_TellTheStartInTheScenariosZone_When_TheEndIsNotAfterIt()
    {
        // Given an end written at the start's local time in Berlin
        var text = World.Replace("duration: 7d", "end: 2026-01-05T01:00\ndisplayTimeZone: Europe/Berlin", StringComparison.Ordinal);

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.ShouldHaveSingleItem(Describe(errors)).Message.ShouldBe(
            "the end must be after the start at 2026-01-05T01:00:00+01:00 (2026-01-05T00:00:00Z).");
    }

    [Fact]
    public void Should_TellBothTimesInTheScenariosZone_When_AWrittenTimeIsBeforeAnEarlierStep()
    {
        // Given
        var text = World.Replace("duration: 7d", InBerlin, StringComparison.Ordinal) + """
            timeline:
              - at: 2026-01-07T09:00
                say: The 7th.
              - at: 2026-01-06T09:00
                say: The 6th.
            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.ShouldHaveSingleItem(Describe(errors)).Message.ShouldBe(
            "2026-01-06T09:00:00+01:00 (2026-01-06T08:00:00Z) is before an earlier step at 2026-01-07T09:00:00+01:00 (2026-01-07T08:00:00Z); steps run in the order written.");
    }

    [Fact]
    public void Should_TellBothTimesInTheScenariosZone_When_TheOffsetsBeforeAWrittenTimeHavePassedIt()
    {
        // Given
        var text = World.Replace("duration: 7d", InBerlin, StringComparison.Ordinal) + """
            timeline:
              - at: 2026-01-06T09:00
                say: First.
              - at: +2d
                say: The 8th.
              - at: 2026-01-07T09:00
                say: Meant for the 7th.
            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.ShouldHaveSingleItem(Describe(errors)).Message.ShouldBe(
            "2026-01-07T09:00:00+01:00 (2026-01-07T08:00:00Z) is before the previous step's run at 2026-01-08T09:00:00+01:00 (2026-01-08T08:00:00Z), "
            + "counted from the offsets before it; steps run in the order written, so it would run late.");
    }

    [Theory]
    [InlineData("after: { jobStarted: vm-web-01 }", "2026-01-04", "2026-01-04T00:00:00+01:00 (2026-01-03T23:00:00Z) is not after the step's run at 2026-01-05T01:00:00+01:00 (2026-01-05T00:00:00Z) at the earliest;")]
    [InlineData("at: 2026-01-06T09:00", "2125-01-07", "2125-01-07T00:00:00+01:00 (2125-01-06T23:00:00Z) is more than 99 years after the step's run at 2026-01-06T09:00:00+01:00 (2026-01-06T08:00:00Z);")]
    [InlineData("after: { jobStarted: vm-web-01 }", "2125-01-13", "2125-01-13T00:00:00+01:00 (2125-01-12T23:00:00Z) is more than 99 years after the scenario's end at 2026-01-12T01:00:00+01:00 (2026-01-12T00:00:00Z), the latest the step can run;")]
    public void Should_TellARetainUntilAndTheRunInTheScenariosZone_When_TheCoreWouldRefuseIt(string timing, string retainUntil, string message)
    {
        // Given
        var text = World.Replace("duration: 7d", InBerlin, StringComparison.Ordinal) + $"""
            timeline:
              - {timing}
                do: backupNow
                item: vm-web-01
                retainUntil: {retainUntil}
            """;

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.ShouldHaveSingleItem(Describe(errors)).Message.ShouldStartWith(message);
    }

    [Fact]
    public void Should_TellTheJobsTimesInTheScenariosZone_When_AStepComesWhileItRuns()
    {
        // Given: vm-web-01 is protected at the start, 01:00 in Berlin, and its ConfigureBackup job runs 30s
        var text = InZone(EstateWith("  - at: 2026-01-05T01:00\n    do: backupNow\n    item: vm-web-01\n"));

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.ShouldHaveSingleItem(Describe(errors)).Message.ShouldBe(
            "another operation is in progress on vm-web-01's item in vault 'vault-weu' when this step runs at 2026-01-05T01:00:00+01:00 (2026-01-05T00:00:00Z): "
            + "the ConfigureBackup job of its protection at the start runs until 2026-01-05T01:00:30+01:00 (2026-01-05T00:00:30Z) (settings.operationDuration: 30s), "
            + "and Azure refuses another operation on an item until its job completes. Move this step to 2026-01-05T01:00:30+01:00 (2026-01-05T00:00:30Z) or later.");
    }

    [Fact]
    public void Should_TellWhenTheStepMayRunAndWhenTheDataIsPurgedInTheScenariosZone_When_ItsDataIsSoftDeleted()
    {
        // Given the data deleted at 01:00 in Berlin, and a protection after a happening that comes before the end
        var text = InZone(EstateWith("""
              - at: 2026-01-06T01:00
                do: stopProtection
                item: vm-web-01
                mode: deleteData
              - at: +1m
                say: the data is deleted
              - after: { jobCompleted: fs-01 }
                do: configureProtection
                item: vm-web-01
                vault: vault-weu-2
                policy: Bronze

            """));

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.ShouldHaveSingleItem(Describe(errors)).Message.ShouldBe(
            "vm-web-01's backup data in vault 'vault-weu' is soft-deleted when this step runs "
            + "between 2026-01-06T01:01:00+01:00 (2026-01-06T00:01:00Z) and 2026-01-12T01:00:00+01:00 (2026-01-12T00:00:00Z): "
            + $"the DeleteBackupData job of the stopProtection step at line {LineOf(text, "do: stopProtection") - 1} completed at 2026-01-06T01:00:30+01:00 (2026-01-06T00:00:30Z), "
            + "and soft delete keeps the data 14 days, during which Azure protects it in no vault. "
            + "Undelete it there, or wait until it is purged at 2026-01-20T01:00:30+01:00 (2026-01-20T00:00:30Z): "
            + "move this step to 2026-01-20T01:00:30+01:00 (2026-01-20T00:00:30Z) or later.");
    }

    /// <summary>The estate of the steps the core refuses, its times told and its local times read in Berlin.</summary>
    private static string InZone(string estate) => estate.Replace("duration: 7d", InBerlin, StringComparison.Ordinal);
}
