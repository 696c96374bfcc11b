using System.Globalization;
using System.Numerics;
using Simulator.Core.Policies;
using Simulator.Scenarios.Yaml;

namespace Simulator.Scenarios.Parsing;

public sealed partial class ScenarioParser
{
    /// <summary>A policy's numbers too large (or small) for an <see cref="int"/>, with the text the file gave.</summary>
    private readonly List<OutsizedNumber> _outsizedPolicyNumbers = [];

    /// <summary>Reads a policy's count (retention, snapshot days, interval, window, day of the month) as any whole number.</summary>
    /// <remarks>
    /// The limits depend on the policy's kind and schedule, and live in <see cref="PolicyValidator"/>: a range checked
    /// here as well would tell a value on one side of it another rule ("1 to 24 hours" for an interval of 25, where 26
    /// or 3 is told "4, 6, 8 or 12 hours"). A number beyond an <see cref="int"/> stands in as the nearest one, and the
    /// validator's problem with it is told with the file's text (<see cref="Told"/>).
    /// </remarks>
    private int? PolicyNumber(YamlCursor? node)
    {
        if (node is not { } cursor || cursor.AsString(YamlValueKind.WholeNumber) is not { } text)
        {
            return null;
        }

        if (!BigInteger.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            cursor.Error($"'{YamlCursor.Shorten(text)}' is not a whole number.");
            return null;
        }

        var standIn = OutsizedNumber.StandIn(value);
        if (standIn != value)
        {
            _outsizedPolicyNumbers.Add(new OutsizedNumber(cursor.Path, YamlCursor.Shorten(text)));
        }

        return standIn;
    }

    /// <summary>The validator's problem at <paramref name="field"/>, told with the file's text where a number stood in for it.</summary>
    private string Told(PolicyProblem problem, string field)
    {
        var message = problem.Reason;
        var value = problem.Value;
        foreach (var number in _outsizedPolicyNumbers)
        {
            if (number.IsAt(field))
            {
                value = number.Retell(value);
            }
        }

        return message.StartsWith(problem.Value, StringComparison.Ordinal) ? value + message[problem.Value.Length..] : message;
    }
}
