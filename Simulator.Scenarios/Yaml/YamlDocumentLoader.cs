using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Simulator.Scenarios.Yaml;

/// <summary>Loads one YAML document, turning every syntax problem into a located error instead of an exception.</summary>
internal static class YamlDocumentLoader
{
    public const int MaxDepth = 32;
    public const int MaxLength = 1 << 20;

    public static YamlNode? Load(string text, YamlErrors errors)
    {
        if (text.Length > MaxLength)
        {
            errors.Add(1, 1, string.Empty, $"the file has {text.Length} characters; a scenario may have at most {MaxLength}.");
            return null;
        }

        // The representation model loads nodes recursively; a depth check on the (iterative) event stream first keeps
        // a maliciously deep file from overflowing the stack, which no catch could handle.
        if (!CheckDepth(text, errors))
        {
            return null;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            Report(errors, text, e);
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException or FormatException)
        {
            errors.Add(1, 1, string.Empty, $"not valid YAML: {e.Message}");
            return null;
        }

        if (stream.Documents.Count != 1)
        {
            errors.Add(1, 1, string.Empty, stream.Documents.Count == 0 ? "the file is empty." : "the file holds several YAML documents; a scenario is one.");
            return null;
        }

        return stream.Documents[0].RootNode;
    }

    private static bool CheckDepth(string text, YamlErrors errors)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        var last = Mark.Empty;
        try
        {
            while (parser.MoveNext())
            {
                last = parser.Current!.End;
                switch (parser.Current)
                {
                    case MappingStart or SequenceStart:
                        if (++depth > MaxDepth)
                        {
                            var at = parser.Current!.Start;
                            errors.Add((int)at.Line, (int)at.Column, string.Empty, $"the file nests deeper than {MaxDepth} levels.");
                            return false;
                        }

                        break;
                    case MappingEnd or SequenceEnd:
                        depth--;
                        break;
                }
            }
        }
        catch (YamlException e)
        {
            Report(errors, text, e);
            return false;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException or FormatException)
        {
            // YamlDotNet's scanner can fail without a YamlException on some malformed input; the end of the last
            // event it read is the best position there is.
            errors.Add(Math.Max(1, (int)last.Line), Math.Max(1, (int)last.Column), string.Empty, "not valid YAML: the text after this point can't be read (an unclosed bracket or quote?).");
            return false;
        }

        return true;
    }

    private static void Report(YamlErrors errors, string text, YamlException e)
    {
        var (line, column, message) = YamlSyntax.Explain(text, Math.Max(1, (int)e.Start.Line), Math.Max(1, (int)e.Start.Column), Clean(e));
        errors.Add(line, column, string.Empty, $"not valid YAML: {message}");
    }

    private static string Clean(YamlException e)
    {
        // YamlDotNet prefixes its messages with the position, which the error already carries.
        var message = e.InnerException?.Message ?? e.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return (message.StartsWith('(') && close > 0 ? message[(close + 3)..] : message).Trim();
    }
}
