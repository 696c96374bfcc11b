using System.Globalization;
using System.Numerics;

namespace Simulator.Core.Policies;

/// <summary>A policy number a file gave beyond an <see cref="int"/>: read as the nearest one, so that the validator, which
/// holds every limit, judges it, and then told with the file's own text.</summary>
/// <remarks>
/// Every such number is one a policy limit holds far below the largest int, so the stand-in is as far out of its range
/// as the file's number, and the validator's problem with it is the one to tell, in its words ("99999999999 is out of
/// range; allowed is 7 to 9999 days"), rather than how numbers are stored. The YAML and the Azure JSON readers both
/// read policy numbers this way.
/// </remarks>
/// <param name="Path">Where the file gave the number, in the reader's path vocabulary.</param>
/// <param name="Text">The file's text of the number (shortened where it is long).</param>
public sealed record OutsizedNumber(string Path, string Text)
{
    /// <summary>The int read in the number's place: the nearest one.</summary>
    public static int StandIn(BigInteger value) => (int)BigInteger.Clamp(value, int.MinValue, int.MaxValue);

    /// <summary>True when the number lies at <paramref name="fieldPath"/> or inside it (an element of a list there).</summary>
    public bool IsAt(string fieldPath) => Path == fieldPath || Path.StartsWith(fieldPath + "[", StringComparison.Ordinal);

    /// <summary>The value the validator was given, with the stand-in written as the file wrote the number.</summary>
    public string Retell(string value) =>
        value.Replace((Text.StartsWith('-') ? int.MinValue : int.MaxValue).ToString(CultureInfo.InvariantCulture), Text, StringComparison.Ordinal);
}
