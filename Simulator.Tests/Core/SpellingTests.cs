using Simulator.Core;

namespace Simulator.Tests.Core;

/// <summary>The "did you mean" hint every refusal of a mistyped word gives.</summary>
public sealed class SpellingTests
{
    [Theory]
    [InlineData("unitl", "until")]
    [InlineData("--unitl", "--until")]
    [InlineData("Faield", "Failed")]
    [InlineData("vm-web-10", "vm-web-01")]
    public void Should_MeanTheWordWithTwoLettersSwapped_When_AnotherIsAsFarByInsertsAndDeletes(string typed, string meant)
    {
        // Given words one swap from what was typed, and others two inserts or deletes from it, listed first
        string[] candidates = ["junit", "--junit", "Fail", "vm-db-10", "until", "--until", "Failed", "vm-web-01"];

        // When
        var closest = Spelling.Closest(typed, candidates);

        // Then
        closest.ShouldBe(meant);
    }

    [Fact]
    public void Should_MeanNothing_When_NoWordIsClose()
    {
        // When
        var closest = Spelling.Closest("frobnicate", ["until", "junit", "json"]);

        // Then
        closest.ShouldBeNull();
    }
    [Theory]
    [InlineData("Jan", "January")]
    [InlineData("Mar", "March")]
    [InlineData("sept", "September")]
    [InlineData("Sun", "Sunday")]
    [InlineData("Thu", "Thursday")]
    public void Should_MeanTheOneWordItBegins_When_ItIsWrittenShort(string typed, string meant)
    {
        // Given the months and weekdays a policy takes, where by letters alone 'Jan' and 'Mar' were nearest 'May'
        string[] candidates = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
            "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

        // When
        var closest = Spelling.Closest(typed, candidates);

        // Then
        closest.ShouldBe(meant);
    }

    [Fact]
    public void Should_MeanTheNearestWord_When_WhatIsTypedBeginsSeveral()
    {
        // When 'vm-web' begins two names, neither of which it means more than the other
        var closest = Spelling.Closest("vm-web-0", ["vm-web-01", "vm-web-02"]);

        // Then the first of the equally near, as ever
        closest.ShouldBe("vm-web-01");
    }

    [Theory]
    [InlineData("transferFinished", "transferCompleted")]
    [InlineData("transferDone", "transferCompleted")]
    [InlineData("jobSucceeded", "jobCompleted")]
    [InlineData("jobError", "jobFailed")]
    [InlineData("Succeeded", "Completed")]
    [InlineData("error", "Failed")]
    public void Should_MeanTheWordForTheSameOutcome_When_AnotherWordForItIsWritten(string typed, string meant)
    {
        // Given the happenings and job statuses a scenario takes, where by letters 'transferFinished' was nearest 'transferSkipped'
        string[] candidates = ["jobStarted", "snapshotCompleted", "transferStarted", "transferCompleted", "transferSkipped",
            "jobCompleted", "jobFailed", "pointCreated", "pointDeleted", "InProgress", "Completed", "CompletedWithWarnings", "Failed", "Cancelled"];

        // When
        var closest = Spelling.Closest(typed, candidates);

        // Then
        closest.ShouldBe(meant);
    }

    [Fact]
    public void Should_MeanNothingByAnotherWord_When_NoCandidateEndsInTheWordItStandsFor()
    {
        // When 'Done' stands for 'Completed', but no candidate is 'backupCompleted'
        var closest = Spelling.Closest("backupDone", ["jobCompleted", "pointDeleted"]);

        // Then
        closest.ShouldBeNull();
    }
}
