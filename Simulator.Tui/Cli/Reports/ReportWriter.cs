using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Spectre.Console;

namespace Simulator.Tui.Cli.Reports;

/// <summary>Writes a report as an aligned table, JSON or CSV; the same input always gives the same bytes.</summary>
/// <remarks>
/// The rows are read twice rather than held, first to measure a table's columns (and to meet a row the file can't
/// give before anything is written), then to write them: a year of a big fleet has millions of jobs.
/// </remarks>
internal static class ReportWriter
{
    public static void Write(ReportTable table, ReportFormat format, TextWriter output) => Read(table, format).Write(output);

    /// <summary>Reads the rows once: a table's layout comes of it, and a row the file can't give fails here, before any line.</summary>
    public static ReadReport Read(ReportTable table, ReportFormat format)
    {
        var layout = new TableLayout(table.Columns);
        foreach (var row in table.Rows)
        {
            if (format == ReportFormat.Table)
            {
                layout.Measure(row);
            }
        }

        return new ReadReport(table, format, layout);
    }

    /// <summary>A report whose rows have been read once, to write.</summary>
    internal sealed record ReadReport(ReportTable Table, ReportFormat Format, TableLayout Layout)
    {
        public void Write(TextWriter output)
        {
            switch (Format)
            {
                case ReportFormat.Json:
                    WriteJson(Table, output);
                    break;
                case ReportFormat.Csv:
                    WriteCsv(Table, output);
                    break;
                default:
                    WriteTable(Table, Layout, output);
                    break;
            }
        }
    }

    /// <summary>The Azure CLI's table: headings, a rule of dashes under each, columns two spaces apart.</summary>
    /// <remarks>Widths count terminal cells, not chars, so names in CJK (two cells a letter) still line up.</remarks>
    private static void WriteTable(ReportTable table, TableLayout layout, TextWriter output)
    {
        var columns = layout.Shown();
        var widths = columns.Select(c => layout.Widths[c]).ToList();
        output.WriteLine(Line([.. columns.Select(c => table.Columns[c].Heading)], widths));
        output.WriteLine(Line([.. widths.Select(w => new string('-', w))], widths));
        foreach (var row in table.Rows)
        {
            output.WriteLine(Line([.. columns.Select(c => ReportValues.Text(row[c]))], widths));
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
    /// <remarks>Written a few hundred rows at a time, so that a report of millions of jobs never holds its text whole.</remarks>
    private static void WriteJson(ReportTable table, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var row in table.Rows)
            {
                WriteObject(json, table.Columns, row);
                if (json.BytesPending + buffer.Length >= FlushBytes)
                {
                    Drain(json, buffer, output);
                }
            }

            json.WriteEndArray();
            Drain(json, buffer, output);
        }

        output.Write('\n');
    }

    private const int FlushBytes = 64 * 1024;

    /// <summary>Writes what the JSON writer has made so far; it flushes whole tokens, so no letter is ever split.</summary>
    private static void Drain(Utf8JsonWriter json, MemoryStream buffer, TextWriter output)
    {
        json.Flush();
        output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        buffer.SetLength(0);
    }

    private static void WriteObject(Utf8JsonWriter json, IReadOnlyList<ReportColumn> columns, IReadOnlyList<object?> row)
    {
        json.WriteStartObject();
        for (var i = 0; i < columns.Count; i++)
        {
            json.WritePropertyName(columns[i].Key);
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
}
