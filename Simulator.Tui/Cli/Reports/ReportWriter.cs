using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Spectre.Console;

namespace Simulator.Tui.Cli.Reports;

/// <summary>Writes a report as an aligned table, JSON or CSV; the same input always gives the same bytes.</summary>
internal static class ReportWriter
{
    public static void Write(ReportTable table, ReportFormat format, TextWriter output)
    {
        switch (format)
        {
            case ReportFormat.Json:
                WriteJson(table, output);
                break;
            case ReportFormat.Csv:
                WriteCsv(table, output);
                break;
            default:
                WriteTable(table, output);
                break;
        }
    }

    /// <summary>The Azure CLI's table: headings, a rule of dashes under each, columns two spaces apart.</summary>
    /// <remarks>Widths count terminal cells, not chars, so names in CJK (two cells a letter) still line up.</remarks>
    private static void WriteTable(ReportTable table, TextWriter output)
    {
        var columns = table.Columns.Select((c, i) => (Column: c, Index: i))
            .Where(c => c.Column.InTable || (c.Column.InTableWhenVaried && table.Rows.Select(row => ReportValues.Text(row[c.Index])).Distinct(StringComparer.Ordinal).Skip(1).Any()))
            .ToList();
        var cells = table.Rows.Select(row => columns.Select(c => ReportValues.Text(row[c.Index])).ToList()).ToList();
        var widths = columns.Select((c, i) => cells.Select(row => row[i].GetCellWidth()).Prepend(c.Column.Heading.GetCellWidth()).Max()).ToList();
        output.WriteLine(Line(columns.Select(c => c.Column.Heading).ToList(), widths));
        output.WriteLine(Line(widths.Select(w => new string('-', w)).ToList(), widths));
        foreach (var row in cells)
        {
            output.WriteLine(Line(row, widths));
        }
    }

    private static string Line(IReadOnlyList<string> cells, IReadOnlyList<int> widths)
    {
        var line = new StringBuilder();
        for (var i = 0; i < cells.Count; i++)
        {
            line.Append(cells[i]).Append(' ', i == cells.Count - 1 ? 0 : widths[i] - cells[i].GetCellWidth() + 2);
        }

        return line.ToString().TrimEnd();
    }

    /// <summary>RFC 4180: CRLF line ends, a header line, fields quoted when they hold a comma, a quote or a line break.</summary>
    private static void WriteCsv(ReportTable table, TextWriter output)
    {
        output.Write(string.Join(',', table.Columns.Select(c => Csv(c.Heading))) + "\r\n");
        foreach (var row in table.Rows)
        {
            output.Write(string.Join(',', row.Select(v => Csv(v is TableOnly ? string.Empty : ReportValues.Text(v)))) + "\r\n");
        }
    }

    private static string Csv(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;

    /// <summary>An array of objects, one per row, keyed like the Azure CLI's JSON (camelCase); letters of any script kept as they are.</summary>
    private static void WriteJson(ReportTable table, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var row in table.Rows)
            {
                json.WriteStartObject();
                for (var i = 0; i < table.Columns.Count; i++)
                {
                    json.WritePropertyName(table.Columns[i].Key);
                    switch (row[i])
                    {
                        case null or TableOnly:
                            json.WriteNullValue();
                            break;
                        case double d:
                            json.WriteNumberValue(ReportValues.Number(d));
                            break;
                        case long l:
                            json.WriteNumberValue(l);
                            break;
                        case var value:
                            json.WriteStringValue(ReportValues.Text(value));
                            break;
                    }
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        output.Write(Encoding.UTF8.GetString(stream.ToArray()).ReplaceLineEndings("\n"));
        output.Write('\n');
    }
}
