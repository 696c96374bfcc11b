using System.Text;
using Simulator.Core;

namespace Simulator.Tui.Cli;

/// <summary>Writes to a console stream with every control character but a line break or tab shown as its code (<c>\u001B</c>).</summary>
/// <remarks>
/// A command echoes what it was given: a path from the command line or a folder, an item's name, a value refused.
/// Their text comes from outside, and an escape sequence in it (a file named <c>x\e[2Jy.yaml</c>) cleared or
/// recoloured the terminal the message was meant for. Names a scenario reads are refused with them already
/// (<see cref="ControlCharacters"/>); this catches what no file check sees. Nothing the command line writes is meant to
/// control a terminal: the dashboard draws on the console through its own writer, not through these.
/// </remarks>
internal sealed class VisibleWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override IFormatProvider FormatProvider => inner.FormatProvider;

    public override string NewLine
    {
        get => inner.NewLine;
#pragma warning disable CS8765 // TextWriter's setter takes null for the default; the inner writer decides.
        set => inner.NewLine = value;
#pragma warning restore CS8765
    }

    public override void Write(char value)
    {
        if (value is '\n' or '\t' || !ControlCharacters.IsControl(value))
        {
            inner.Write(value);
        }
        else
        {
            inner.Write(ControlCharacters.Visible(value.ToString()));
        }
    }

    public override void Write(string? value)
    {
        if (value is not null)
        {
            inner.Write(Shown(value));
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine(string? value) => inner.WriteLine(value is null ? null : Shown(value));

    public override void Flush() => inner.Flush();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>The text with its control characters shown as codes, its line breaks (a CSV row's CRLF among them) and tabs kept.</summary>
    /// <remarks>A carriage return alone goes back to the line's start, where what follows it writes over what came before.</remarks>
    private static string Shown(string text)
    {
        if (!ControlCharacters.AnyIn(text))
        {
            return text;
        }

        var shown = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var kept = c is '\n' or '\t' || (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n');
            if (kept || !ControlCharacters.IsControl(c))
            {
                shown.Append(c);
            }
            else
            {
                shown.Append(ControlCharacters.Visible(c.ToString()));
            }
        }

        return shown.ToString();
    }
}
