using NodaTime;
using Simulator.Scenarios.Yaml;

namespace Simulator.Scenarios.Parsing;

public sealed partial class ScenarioParser
{
    /// <summary>How a message names the moments of a job the file started and when a step it holds back runs: as times
    /// where the file fixes when the job starts, else counted from the step that starts it, after a happening.</summary>
    /// <param name="Zone">The scenario's display zone, which its times are told in as every other message tells them.</param>
    private readonly record struct JobTimes(ItemOperation Job, EarliestRun Step, DateTimeZone Zone)
    {
        /// <summary>How long after the job's start the step runs, as far as the file tells.</summary>
        public RunGap Gap => Step.Since(Job.Start);

        /// <summary>What starts the job: a step of the file, named by its verb and line, or the item's protection at the start.</summary>
        public string StartedBy => Job.Step is var (verb, line) ? $"the {YamlCursor.Word(verb)} step at line {line}" : "its protection at the start";

        /// <summary>When the step runs, as "when this step runs" goes on: at a time, or how long after the job's step, or
        /// between which of either; after the words rather than in brackets, which would hold a zoned time's UTC in brackets of its own.</summary>
        public string When => (Gap.Exact, Job.Start.Exact) switch
        {
            (true, true) => $"at {InZone(Job.Start.At + Gap.Least)}",
            (true, false) => $"{ScenarioTime.Format(Gap.Least)} after {StartedBy}",
            (false, true) => $"between {InZone(Job.Start.At + Gap.Least)} and {InZone(Job.Start.At + Gap.Most)}",
            (false, false) => $"{ScenarioTime.Format(Gap.Least)} to {ScenarioTime.Format(Gap.Most)} after {StartedBy}",
        };

        /// <summary>When the job completes.</summary>
        public string Until => Moment(Job.Lasts);

        /// <summary>The moment <paramref name="after"/> the job's start, said once the job's step has been named: a time, or so long after that step.</summary>
        public string Moment(Duration after) => Job.Start.Exact ? InZone(Job.Start.At + after) : $"{ScenarioTime.Format(after)} after that step";

        /// <summary>The <see cref="Moment"/> as what happens then is said to happen: "at" a time, or so long after that step.</summary>
        public string AtMoment(Duration after) => Job.Start.Exact ? $"at {Moment(after)}" : Moment(after);

        /// <summary>The offset that moves the step to <paramref name="after"/> the job's start or later, as the way out
        /// names it for a step timed by <c>at</c> whose time only the run knows; empty for any other.</summary>
        public string Offset(YamlCursor step, Duration after) =>
            !Step.Exact && step.Has("at") ? $" (at: +{ScenarioTime.Format(Step.OffsetFor(Job.Start, after))})" : string.Empty;

        /// <summary>A time as <see cref="ScenarioParser.InZone"/> tells it.</summary>
        private string InZone(Instant instant) => ScenarioTime.Told(instant, Zone);
    }
}
