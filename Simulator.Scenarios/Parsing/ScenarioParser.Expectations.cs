using NodaTime;
using Simulator.Core;
using Simulator.Core.Jobs;
using Simulator.Core.Policies;
using Simulator.Core.Protection;
using Simulator.Core.RecoveryPoints;
using Simulator.Scenarios.Model;
using Simulator.Scenarios.Yaml;

namespace Simulator.Scenarios.Parsing;

public sealed partial class ScenarioParser
{
    /// <summary>The subject keys, each with the assertion keys it allows.</summary>
    internal static readonly Dictionary<string, (ExpectationKind Kind, string[] Assertions)> Subjects = new()
    {
        ["job"] = (ExpectationKind.Job, ["status", "snapshot", "transfer", "errorCode", "preCheck", "scheduledFor"]),
        ["item"] = (ExpectationKind.Item, ["protectionState", "deleteState", "lastBackupStatus", "health", "purged"]),
        ["points"] = (ExpectationKind.Points, ["count", "min", "max"]),
        ["point"] = (ExpectationKind.Point, ["expiry", "snapshotExpiry", "tier", "tag", "consistency", "full"]),
        ["noFailedJobs"] = (ExpectationKind.NoFailedJobs, []),
        ["skippedTransfers"] = (ExpectationKind.SkippedTransfers, ["count", "min", "max"]),
        ["rpo"] = (ExpectationKind.Rpo, ["maxAge"]),
        ["jobs"] = (ExpectationKind.Jobs, ["count", "min", "max"]),
    };

    private static readonly string[] TierWords = [.. Enum.GetNames<RecoveryPointTier>(), "InVault", "WithSnapshot"];

    private List<ExpectationDefinition> ReadExpectations(YamlCursor root, WorldNames names, TimelineProbe probe)
    {
        var expectations = new List<ExpectationDefinition>();
        foreach (var node in root.ItemsOf("expect"))
        {
            var subject = Subjects.Keys.Where(node.Has).ToList();
            if (!node.IsMapping || subject.Count != 1)
            {
                // A misspelt subject is one mistake: its unknown key, with the spelling it was meant to have; the
                // assertions are checked against that subject's, so they are not reported as unknown on top of it.
                var meant = subject.Count == 0
                    ? node.Keys.Where(k => k != "at" && !Subjects.Values.Any(s => s.Assertions.Contains(k)))
                        .Select(k => Spelling.Closest(k, Subjects.Keys)).FirstOrDefault(k => k is not null)
                    : null;
                // Without one subject, an assertion of any subject is still a key an expectation takes: the subject
                // is the one mistake, and the message says which subjects the assertions given go with.
                string[] allowed = meant is null
                    ? [.. Subjects.Keys, "at", .. Subjects.Values.SelectMany(s => s.Assertions).Distinct()]
                    : ["at", meant, .. Subjects[meant].Assertions];
                if (node.ExpectMapping(allowed) && meant is null)
                {
                    node.Error($"an expectation names exactly one subject: {string.Join(", ", Subjects.Keys)}; {SubjectHint(node, subject)}");
                }

                continue;
            }

            var (kind, assertions) = Subjects[subject[0]];
            string[] keys = ["at", subject[0], .. assertions];
            var misplaced = node.Keys.Where(k => !keys.Contains(k) && SubjectsOf(k).Count > 0).ToList();
            if (!node.ExpectMapping([.. keys, .. misplaced]))
            {
                continue;
            }

            RefuseMisplacedAssertions(node, subject[0], assertions, misplaced);
            if (assertions.Length > 0 && !assertions.Any(node.Has))
            {
                if (node.HasUnknownKey([.. keys, .. misplaced], assertions))
                {
                    continue;
                }

                // Its time and subject are read all the same, so that their own mistakes are told in the same pass; an
                // assertion of another subject has been told, and is the one mistake.
                if (misplaced.Count == 0)
                {
                    node.Error($"say what to expect of the {subject[0]}: {string.Join(", ", assertions)}.");
                }

                ReadCheckTime(node.Get("at"));
                ReadSubject(node.Get(subject[0])!.Value, kind, new ExpectationDefinition(Locate(node), kind), names, probe);
                continue;
            }

            var expectation = new ExpectationDefinition(Locate(node), kind) { At = ReadCheckTime(node.Get("at")) };
            expectation = ReadAssertions(node, ReadSubject(node.Get(subject[0])!.Value, kind, expectation, names, probe));
            RefuseSnapshotsOfMars(node, node.Get(subject[0])!.Value, expectation, names, probe);
            RefuseTimesAfterTheCheck(node, node.Get(subject[0])!.Value, expectation);
            RefuseScheduledTimeOfOnDemandJob(node, expectation);
            expectations.Add(expectation);
        }

        return expectations;
    }

    /// <summary>The subjects that take an assertion key, in the order they are listed; none for any other key.</summary>
    private static List<string> SubjectsOf(string key) => [.. Subjects.Where(s => s.Value.Assertions.Contains(key)).Select(s => s.Key)];

    /// <summary>Refuses an assertion of another subject (a job's status under an item), saying which subjects take it.</summary>
    /// <remarks>Told as an unknown key, it listed what this subject takes, and a second message said the expectation
    /// expected nothing: one mistake, twice, neither saying where the assertion belongs.</remarks>
    private static void RefuseMisplacedAssertions(YamlCursor node, string subject, string[] assertions, List<string> misplaced)
    {
        foreach (var key in misplaced)
        {
            var takes = assertions.Length == 0 ? "is checked as it is and takes no assertion" : $"takes {Listed(assertions, "or")}";
            node.At(key).Error($"'{key}' goes with {Listed(SubjectsOf(key), "or")}, not with {subject}, which {takes}.");
        }
    }

    /// <summary>Which subjects an expectation's assertions go with, or which subjects it names when it names several.</summary>
    private static string SubjectHint(YamlCursor node, List<string> subjects)
    {
        if (subjects.Count > 1)
        {
            return $"this one names {Listed(subjects, "and")}.";
        }

        var given = node.Keys.Where(k => Subjects.Values.Any(s => s.Assertions.Contains(k))).ToList();
        var fitting = Subjects.Where(s => given.Count > 0 && given.All(s.Value.Assertions.Contains)).Select(s => s.Key).ToList();
        return fitting.Count == 0
            ? "name the subject, and what to expect of it."
            : $"{Listed(given, "and")} {(given.Count == 1 ? "goes" : "go")} with {Listed(fitting, "or")}.";
    }

    private static string Listed(IReadOnlyList<string> words, string conjunction) =>
        words.Count == 1 ? words[0] : $"{string.Join(", ", words.Take(words.Count - 1))} {conjunction} {words[^1]}";

    /// <summary>Refuses a point's time, or a job's scheduled time, later than the check's own: it fails in every run.</summary>
    /// <remarks>At the check's time such a point is not taken yet, and a job starts at its scheduled time or after it (D6).</remarks>
    private void RefuseTimesAfterTheCheck(YamlCursor node, YamlCursor subject, ExpectationDefinition e)
    {
        if (e.At is not { } at)
        {
            return;
        }

        if (e.PointTime is { } time && time > at)
        {
            subject.At("time").Error($"{InZone(time)} is after the check at {InZone(at)} ('at'), when no point of that time is taken yet. Check later, or name an earlier point.");
        }

        if (e.ScheduledFor is { } scheduled && scheduled > at)
        {
            node.At("scheduledFor").Error($"{InZone(scheduled)} is after the check at {InZone(at)} ('at'), when no job scheduled then has started yet. Check later, or expect an earlier time.");
        }
    }

    /// <summary>Refuses a scheduled time expected of a job selected as on demand, which has none: it fails in every run.</summary>
    private static void RefuseScheduledTimeOfOnDemandJob(YamlCursor node, ExpectationDefinition e)
    {
        if (e.Kind == ExpectationKind.Job && e.Trigger == BackupTrigger.OnDemand && e.ScheduledFor is not null)
        {
            node.At("scheduledFor").Error("an on-demand job has no scheduled time, so this fails in every run. Leave 'scheduledFor' out, or select a job with 'trigger: Scheduled'.");
        }
    }

    private Instant? ReadCheckTime(YamlCursor? node)
    {
        if (node is not { } at || at.Scalar is "end")
        {
            return null;
        }

        if (at.Scalar is { } text && text.StartsWith('+'))
        {
            if (at.AsDuration() is not { } offset || _span is not { } span)
            {
                return null;
            }

            if (span.Start + offset > span.End)
            {
                at.Error($"{text} after the start is past the end of the scenario at {InZone(span.End)}.");
                return null;
            }

            return span.Start + offset;
        }

        return ReadTime(at, "the scenario's start");
    }

    private ExpectationDefinition ReadSubject(YamlCursor node, ExpectationKind kind, ExpectationDefinition e, WorldNames names, TimelineProbe probe)
    {
        switch (kind)
        {
            case ExpectationKind.NoFailedJobs when YamlCursor.BooleanWord(node.ScalarOf(YamlValueKind.Text | YamlValueKind.Boolean)) is { } all:
                if (!all)
                {
                    // Read as a name, 'false' was said to be no VM or server of the file.
                    node.Error($"'{node.ScalarOf(YamlValueKind.Text | YamlValueKind.Boolean)}' would check nothing; give true (no failed backup job at all) or a VM's or server's name, or leave the expectation out.");
                }

                return e;
            case ExpectationKind.Item:
            case ExpectationKind.NoFailedJobs:
                return e with { Item = ReadItemReference(node, names) };
        }

        var keys = kind switch
        {
            ExpectationKind.Job => ["item", "operation", "trigger", "nth"],
            ExpectationKind.Jobs => ["item", "operation", "trigger", "status"],
            ExpectationKind.Points => ["item", "tier", "tag"],
            ExpectationKind.Point => ["item", "nth", "time"],
            _ => new[] { "item" },
        };
        if (!node.ExpectMapping(keys))
        {
            return e;
        }

        var itemRequired = kind is ExpectationKind.Job or ExpectationKind.Points or ExpectationKind.Point or ExpectationKind.Rpo;
        var item = node.Get("item") is { } i ? ReadItemReference(i, names) : null;
        if (itemRequired && !node.Has("item"))
        {
            node.Required("item");
        }

        if (kind == ExpectationKind.SkippedTransfers && item is not null && probe.Definition(SourceOf(item, names)) is { Mars: not null } server)
        {
            // Its count is 0 whatever the run does: a min fails at the end of every run, a count of 0 or a max checks nothing.
            node.At("item").Error($"{MarsJobs(server.Name)}: it never has a skipped transfer, so the count is 0 in every run. Name a VM, or leave the expectation out.");
            item = null;
        }

        if (kind == ExpectationKind.Point && node.Has("nth") && node.Has("time"))
        {
            // The run looked the point up by its time, and the position went unread.
            node.At("time").Error("give either 'nth' (the point's position) or 'time' (when it was taken), not both.");
        }

        // A key the subject does not take has been reported as unknown; its value is not read, or it would be reported again.
        YamlCursor? Allowed(string key) => keys.Contains(key) ? node.Get(key) : null;
        return e with
        {
            Item = item,
            Operation = ReadOperation(Allowed("operation")) ?? (kind == ExpectationKind.Job ? JobOperation.Backup : null),
            Trigger = Allowed("trigger")?.AsEnum<BackupTrigger>(),
            Status = Allowed("status")?.AsEnum<JobStatus>(),
            Nth = ReadNth(Allowed("nth")),
            Tier = ReadTier(Allowed("tier")),
            Tag = Allowed("tag")?.AsEnum<RetentionTag>(),
            // The run takes no point outside its span, so a time there is a check that fails in every run.
            PointTime = Allowed("time") is { } time ? ReadTime(time) : null,
        };
    }

    // A job's errorCode is one the simulation produces, or none for a job without one: a misspelt code would only
    // show as a failed check at the end of a run, where validate can say what it was meant to be.
    private static readonly IReadOnlyList<string> ExpectedErrorCodes = [.. ErrorCodes.All, "none"];

    // A phase's status, in any case as every word of the file, or none for a job without that phase: an Enhanced run
    // whose point stays a snapshot makes no transfer, a MARS backup no snapshot, and a failed check reports "none",
    // which the check could not be written to expect.
    private static readonly IReadOnlyList<string> ExpectedPhases = [.. Enum.GetNames<PhaseStatus>(), "none"];

    // Times asserted without an offset are local times in displayTimeZone, like every other time in the file (the
    // schema and scenarios/README.md say so); read in UTC they were an hour or more off, silently, in any other zone.
    private ExpectationDefinition ReadAssertions(YamlCursor node, ExpectationDefinition e) => e.Kind switch
    {
        ExpectationKind.Job => e with
        {
            Status = node.Enum<JobStatus>("status"),
            Snapshot = node.Get("snapshot")?.AsWord(ExpectedPhases),
            Transfer = node.Get("transfer")?.AsWord(ExpectedPhases),
            ErrorCode = node.Get("errorCode")?.AsOneOf(ExpectedErrorCodes),
            PreCheck = node.Enum<PreCheckResult>("preCheck"),
            // No job is scheduled outside the run, so a time there is a check that fails in every run.
            ScheduledFor = node.Get("scheduledFor") is { } scheduled ? ReadTime(scheduled) : null,
        },
        ExpectationKind.Item => e with
        {
            ProtectionState = node.Enum<ProtectionState>("protectionState"),
            DeleteState = node.Enum<DeleteState>("deleteState"),
            LastBackupStatus = node.Enum<LastBackupStatus>("lastBackupStatus"),
            Health = node.Enum<ProtectedItemHealth>("health"),
            Purged = node.Bool("purged"),
        },
        ExpectationKind.Point => e with
        {
            Expiry = node.Get("expiry")?.AsInstant(_displayZone),
            SnapshotExpiry = node.Get("snapshotExpiry")?.AsInstant(_displayZone),
            Tier = ReadTier(node.Get("tier")) ?? e.Tier,
            Tag = node.Enum<RetentionTag>("tag") ?? e.Tag,
            Consistency = node.Enum<Consistency>("consistency"),
            Full = node.Bool("full"),
        },
        // An RPO under a minute asks for a point taken in the very minute of the check, which no schedule promises.
        ExpectationKind.Rpo => e with { MaxAge = node.Duration("maxAge", required: true, min: Duration.FromMinutes(1)) },
        ExpectationKind.NoFailedJobs => e,
        _ => ReadCount(node, e),
    };

    private static ExpectationDefinition ReadCount(YamlCursor node, ExpectationDefinition e)
    {
        var result = e with
        {
            Count = node.Int("count", 0, int.MaxValue),
            Min = node.Int("min", 0, int.MaxValue),
            Max = node.Int("max", 0, int.MaxValue),
        };
        if (node.Has("count") && (node.Has("min") || node.Has("max")))
        {
            node.At("count").Error("give either an exact 'count' or a 'min'/'max' range, not both.");
        }
        else if (result.Min > result.Max)
        {
            node.At("min").Error($"min {result.Min} is above max {result.Max}.");
        }

        return result;
    }

    // An operation Azure lists jobs of and vaultsim does not run was told "is not one of", as if Azure had no such job.
    private static JobOperation? ReadOperation(YamlCursor? node)
    {
        if (node is { Scalar: { } text } operation && UnsimulatedOperations.NoJobOf(text) is { } noJob)
        {
            operation.Error($"{noJob}; the operations simulated are {string.Join(", ", YamlCursor.Words<JobOperation>())}.");
            return null;
        }

        // A step's verb (resumeProtection) given as a job's operation is told the operation its jobs are recorded as.
        if (node is { Scalar: { } action } asked && ActionOperations.RecordedAs(action) is { } recorded)
        {
            asked.Error($"'{YamlCursor.Shorten(action)}' is an action, not a job's operation: {recorded}; the operations are {string.Join(", ", YamlCursor.Words<JobOperation>())}.");
            return null;
        }

        return node?.AsEnum<JobOperation>();
    }

    private static int ReadNth(YamlCursor? node) => node is not { } nth ? -1 : nth.Scalar switch
    {
        "last" or "newest" => -1,
        "first" or "oldest" => 1,
        // A list, a mapping or text with a control character has no Scalar: reading it as a number reports it.
        _ => (int?)nth.AsInteger(-1_000_000, 1_000_000) is { } n && n != 0 ? n : NthError(nth),
    };

    private static int NthError(YamlCursor node)
    {
        if (node.Scalar == "0")
        {
            node.Error("0 is not a position; 1 is the first, -1 (or last) the newest.");
        }

        return -1;
    }

    private static string? ReadTier(YamlCursor? node)
    {
        var text = node?.AsString();
        if (text is null)
        {
            return null;
        }

        var tier = TierWords.FirstOrDefault(t => string.Equals(t, text, StringComparison.OrdinalIgnoreCase));
        if (tier is null)
        {
            node!.Value.Error($"'{YamlCursor.Shorten(text)}' is not one of {string.Join(", ", TierWords)}.");
        }

        return tier;
    }
}
