using Simulator.Core.Jobs;
using Simulator.Core.Journal;
using Simulator.Core.Policies;
using Simulator.Core.Protection;
using Simulator.Core.RecoveryPoints;

namespace Simulator.Tests.Core;

/// <summary>The journal's enum names come from a table; they must be the names Enum.ToString gives, which files and tests already hold.</summary>
public sealed class EnumTextTests
{
    [Fact]
    public void Should_NameEveryValueAsToStringDoes_When_TheJournalNamesStatusesTiersAndTags()
    {
        // Given the enums the journal names, of every width: int ones and the byte-sized tag and consistency
        // When
        var mismatches = Mismatches<PhaseStatus>()
            .Concat(Mismatches<JobStatus>())
            .Concat(Mismatches<JobOperation>())
            .Concat(Mismatches<BackupTrigger>())
            .Concat(Mismatches<RecoveryPointTier>())
            .Concat(Mismatches<ProtectionState>())
            .Concat(Mismatches<RetentionTag>())
            .Concat(Mismatches<Consistency>());

        // Then
        mismatches.ShouldBeEmpty();
    }

    [Fact]
    public void Should_FallBackToToString_When_AValueHasNoName()
    {
        // Given
        var unnamed = (PhaseStatus)99;
        var negative = (JobStatus)(-1);

        // When / Then
        EnumText.Of(unnamed).ShouldBe("99");
        EnumText.Of(negative).ShouldBe("-1");
    }

    private static IEnumerable<string> Mismatches<T>()
        where T : struct, Enum =>
        Enum.GetValues<T>().Where(v => EnumText.Of(v) != v.ToString()).Select(v => $"{typeof(T).Name}.{v}: {EnumText.Of(v)}");
}
