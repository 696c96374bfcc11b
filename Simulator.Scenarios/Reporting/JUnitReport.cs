using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Simulator.Scenarios.Running;
using Simulator.Scenarios.Yaml;

namespace Simulator.Scenarios.Reporting;

/// <summary>Writes replay results as JUnit XML, which CI servers read: one test suite per scenario, one test case per check.</summary>
/// <remarks>
/// No wall-clock durations are written, so the same run gives the same bytes: every <c>time</c> is 0. It is written
/// all the same, as JUnit's schema requires it and readers take it as a number (dorny/test-reporter, a common GitHub
/// action, reads a missing one as NaN milliseconds). A file that could not be loaded is a
/// suite of one test case in error, in its place among the others: the suites follow the order the run was given the
/// files, as the console lists them. A check a run stopped before (<c>--until</c>) is a test case too, named as it
/// would have been made, in <c>&lt;skipped&gt;</c>: a CI server then shows the checks skipped, not an empty suite. The
/// <c>skipped</c> counts are written only where there are some, so a run to its end gives the bytes it always gave.
/// </remarks>
public static class JUnitReport
{
    /// <summary>Writes the report of the scenarios, one suite each, in the order given.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(IReadOnlyList<ScenarioOutcome> scenarios, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        ArgumentNullException.ThrowIfNull(writer);
        var results = scenarios.Select(s => s.Result).OfType<ScenarioResult>().ToList();
        var invalid = scenarios.Select(s => s.Invalid).OfType<InvalidScenario>().ToList();
        var suites = new XElement("testsuites",
            new XAttribute("name", "vaultsim"),
            new XAttribute("tests", results.Sum(r => r.Outcomes.Count + r.NotMade.Count) + invalid.Count),
            new XAttribute("failures", results.Sum(r => r.Failures.Count())),
            new XAttribute("errors", invalid.Count),
            Skipped(results.Sum(r => r.NotMade.Count)),
            NoTime(),
            scenarios.Select(s => s.Result is { } result ? Suite(result) : InvalidSuite(s.Invalid!)));
        MakeWritable(suites);
        var settings = new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, Encoding = new System.Text.UTF8Encoding(false), NewLineChars = "\n" };
        using var xml = XmlWriter.Create(writer, settings);
        new XDocument(suites).Save(xml);
    }

    /// <summary>Replaces, in every attribute and text, the characters XML 1.0 can't hold by their code (<c>\u0001</c>).</summary>
    /// <remarks>
    /// Names, messages and paths come from files and the command line; the writer would throw on such a character
    /// halfway through the report. Checked on the whole tree, so no string added later can slip past.
    /// </remarks>
    private static void MakeWritable(XElement root)
    {
        foreach (var element in root.DescendantsAndSelf())
        {
            foreach (var attribute in element.Attributes())
            {
                attribute.Value = XmlSafe(attribute.Value);
            }

            foreach (var text in element.Nodes().OfType<XText>())
            {
                text.Value = XmlSafe(text.Value);
            }
        }
    }

    private static string XmlSafe(string text)
    {
        var bad = FirstInvalid(text);
        if (bad < 0)
        {
            return text;
        }

        var safe = new System.Text.StringBuilder(text.Length + 8).Append(text, 0, bad);
        for (var i = bad; i < text.Length; i++)
        {
            if (char.IsSurrogatePair(text, i))
            {
                safe.Append(text, i++, 2);
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                safe.Append(text[i]);
            }
            else
            {
                safe.Append(CultureInfo.InvariantCulture, $"\\u{(int)text[i]:X4}");
            }
        }

        return safe.ToString();
    }

    private static int FirstInvalid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogatePair(text, i))
            {
                i++;
            }
            else if (!XmlConvert.IsXmlChar(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static XAttribute NoTime() => new("time", "0");

    // Ant's schema, which CI servers validate reports against, takes a suite's timestamp without a zone; it is in UTC.
    private const string TimestampPattern = "yyyy'-'MM'-'dd'T'HH':'mm':'ss";

    // JUnit counts a skipped test among its tests too; readers take a missing count as none.
    private static XAttribute? Skipped(int count) => count == 0 ? null : new XAttribute("skipped", count);

    private static XElement Suite(ScenarioResult result)
    {
        var names = CaseNames(result);
        return new("testsuite",
            new XAttribute("name", result.Name),
            new XAttribute("file", result.File),
            new XAttribute("tests", result.Outcomes.Count + result.NotMade.Count),
            new XAttribute("failures", result.Failures.Count()),
            new XAttribute("errors", 0),
            Skipped(result.NotMade.Count),
            NoTime(),
            new XAttribute("timestamp", result.Start.ToDateTimeUtc().ToString(TimestampPattern, CultureInfo.InvariantCulture)),
            new XElement("properties",
                new XElement("property", new XAttribute("name", "seed"), new XAttribute("value", result.Seed.ToString(CultureInfo.InvariantCulture))),
                new XElement("property", new XAttribute("name", "replay"), new XAttribute("value", ReplayCommand.For(result)))),
            names.Zip(result.Outcomes).Select(pair => TestCase(result, pair.Second, pair.First)),
            names.Skip(result.Outcomes.Count).Zip(result.NotMade).Select(pair => NotMadeCase(result, pair.Second, pair.First)));
    }

    /// <summary>Each check's name as the file states it, the checks made then those not made, one of namesakes told by
    /// its place among them (" #2").</summary>
    /// <remarks>
    /// Neither the path the scenario was named by nor the check's line is in it (the test case's <c>file</c> and
    /// <c>line</c> say those): with them, a checkout in another folder, a folder named another way (<c>./scenarios</c>),
    /// or a line added above a check renamed every test, and a CI server's history of them started again.
    /// </remarks>
    private static List<string> CaseNames(ScenarioResult result)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        return [.. result.Outcomes.Select(o => o.StatedName).Concat(result.NotMade.Select(c => c.StatedName))
            .Select(name => (seen[name] = seen.GetValueOrDefault(name) + 1) is var n and > 1 ? $"{name} #{n}" : name)];
    }

    private static XElement InvalidSuite(InvalidScenario invalid) => new("testsuite",
        new XAttribute("name", invalid.File),
        new XAttribute("file", invalid.File),
        new XAttribute("tests", 1),
        new XAttribute("failures", 0),
        new XAttribute("errors", 1),
        NoTime(),
        new XElement("testcase",
            new XAttribute("classname", invalid.File),
            new XAttribute("name", $"load {invalid.File}"),
            NoTime(),
            new XAttribute("file", invalid.File),
            invalid.Errors[0].Line > 0 ? new XAttribute("line", invalid.Errors[0].Line) : null,
            new XElement("error",
                new XAttribute("message", invalid.Errors[0].ToString()),
                new XAttribute("type", "InvalidScenario"),
                invalid.Text)));

    private static XElement NotMadeCase(ScenarioResult result, CheckNotMade check, string name) => new("testcase",
        new XAttribute("classname", result.Name),
        new XAttribute("name", name),
        NoTime(),
        new XAttribute("file", result.File),
        new XAttribute("line", check.Location.Line),
        new XElement("skipped", new XAttribute("message", StoppedRun.NotMadeReason(result))));

    private static XElement TestCase(ScenarioResult result, ExpectationOutcome outcome, string name)
    {
        var testCase = new XElement("testcase",
            new XAttribute("classname", result.Name),
            new XAttribute("name", name),
            NoTime(),
            new XAttribute("file", result.File),
            new XAttribute("line", outcome.Location.Line));
        if (!outcome.Passed)
        {
            testCase.Add(new XElement("failure",
                new XAttribute("message", result.FailureText(outcome)),
                new XAttribute("type", "ExpectationFailed"),
                $"{outcome.Location}: {result.SubjectText(outcome)}: {result.FailureText(outcome)} at {ScenarioTime.Told(outcome.At, result.DisplayZone)}\nreplay: {ReplayCommand.For(result)}"));
        }
        else if (outcome.NameLeavesOutFound)
        {
            // A failure's text says what the run found; a check that held says it here, where a person reads it.
            testCase.Add(new XElement("system-out", $"{outcome.Location}: {result.SubjectText(outcome)}: {result.ActualText(outcome)} at {ScenarioTime.Told(outcome.At, result.DisplayZone)}"));
        }

        return testCase;
    }
}
