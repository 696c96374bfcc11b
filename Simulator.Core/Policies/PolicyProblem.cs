using System.Globalization;

namespace Simulator.Core.Policies;

/// <summary>One way a policy breaks a limit: the field (in the policy path vocabulary), the value given and what is allowed.</summary>
/// <param name="Field">The path of the field, such as <c>retention.daily.days</c> or <c>schedule.times[0]</c>.</param>
/// <param name="Value">The value given, as text.</param>
/// <param name="Allowed">What the field accepts, as text.</param>
/// <param name="Message">The whole sentence, for example <c>retention.daily.days: 3 is out of range; allowed is 7 to 9999 days</c>.</param>
public sealed record PolicyProblem(string Field, string Value, string Allowed, string Message)
{
    /// <summary>A number or a count outside its range.</summary>
    public static PolicyProblem OutOfRange(string field, object value, string allowed) =>
        Create(field, value, allowed, "is out of range");

    /// <summary>A value that breaks a rule other than a range; <paramref name="why"/> says which.</summary>
    public static PolicyProblem Invalid(string field, object value, string allowed, string why) =>
        Create(field, value, allowed, why);

    public override string ToString() => Message;

    /// <summary>The sentence without its field, ended: for a reader that names the field its own way (a JSON path, a YAML key).</summary>
    public string Reason => (Message.StartsWith(Field + ": ", StringComparison.Ordinal) ? Message[(Field.Length + 2)..] : Message) + ".";

    /// <summary>The sentence without its field, the value written as <paramref name="value"/>: for a reader that read another value in its place.</summary>
    internal string SaidOf(string value) => value + Message[(Field.Length + 2 + Value.Length)..];

    private static PolicyProblem Create(string field, object value, string allowed, string why)
    {
        // Shown with its control characters as codes: a time zone read from a JSON file's "\u0000" would reach the terminal raw.
        var text = ControlCharacters.Visible(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null");
        return new PolicyProblem(field, text, allowed, $"{field}: {text} {why}; allowed is {allowed}");
    }
}
