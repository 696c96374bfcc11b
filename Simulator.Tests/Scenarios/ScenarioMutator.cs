using System.Text;

namespace Simulator.Tests.Scenarios;

/// <summary>Breaks scenario text in the ways people and tools break files: one seeded mutation at a time.</summary>
internal sealed class ScenarioMutator(int seed)
{
    private static readonly string[] Tokens =
    [
        string.Empty, "-1", "0", "99999999999999999999", "1e308", "NaN", "-0.0", "[1, 2]", "{a: b}", "~", "null", "true",
        "é̃ñ", "\u202Evm", "💥", "\t", "'", "\"", "&anchor x", "*alias", "!!binary AAAA", "2026-13-45T99:99:99Z",
        "+999999999d", "1970-01-01T00:00:00Z", "2999-12-31T23:59:59Z", "+0s", "Last", "Monday", "\u0000", "\uFEFF",
        "\uD800", "-", "? x", "|", ">", "%TAG", "---", "...", "[", "{", "vm-web-01", "DefaultPolicy", "Failed", "12:00",
        new string('x', 5000), "2026-03-29T02:30", "2026-10-25T02:30",
    ];

    private readonly Random _random = new(seed);

    public string Mutate(string text)
    {
        var lines = text.Split('\n').ToList();
        var index = _random.Next(lines.Count);
        switch (_random.Next(10))
        {
            case 0:
                lines.RemoveAt(index);
                break;
            case 1:
                lines.Insert(index, lines[index]);
                break;
            case 2:
                var other = _random.Next(lines.Count);
                (lines[index], lines[other]) = (WithValue(lines[index], Value(lines[other])), WithValue(lines[other], Value(lines[index])));
                break;
            case 3:
            case 4:
                lines[index] = WithValue(lines[index], Tokens[_random.Next(Tokens.Length)]);
                break;
            case 5:
                var depth = _random.Next(10, 200);
                lines[index] = WithValue(lines[index], new string('[', depth) + "1" + new string(']', _random.Next(2) == 0 ? depth : depth / 2));
                break;
            case 6:
                var line = lines[index];
                var at = line.Length == 0 ? 0 : _random.Next(line.Length);
                lines[index] = line.Insert(at, char.ConvertFromUtf32(_random.Next(3) switch
                {
                    0 => _random.Next(0x0, 0x20),
                    1 => _random.Next(0x300, 0x370),
                    _ => _random.Next(0x1F300, 0x1F600),
                }));
                break;
            case 7:
                return text[..Math.Min(text.Length, _random.Next(text.Length + 1))];
            case 8:
                lines[index] = _random.Next(2) == 0 ? "  " + lines[index] : lines[index].TrimStart();
                break;
            default:
                lines[index] = RenameKey(lines[index]);
                break;
        }

        return string.Join('\n', lines);
    }

    private static string Value(string line)
    {
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        return colon < 0 ? line.Trim() : line[(colon + 2)..];
    }

    private static string WithValue(string line, string value)
    {
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        return colon < 0 ? line : line[..(colon + 2)] + value;
    }

    private string RenameKey(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return line;
        }

        var key = new StringBuilder(line[..colon]);
        var position = _random.Next(key.Length);
        key[position] = (char)('a' + _random.Next(26));
        return key + line[colon..];
    }
}
