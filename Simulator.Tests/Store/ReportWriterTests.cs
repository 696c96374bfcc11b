using Simulator.Tui.Cli.Reports;

namespace Simulator.Tests.Store;

public sealed class ReportWriterTests
{
    private static readonly ReportTable Sample = new(
        [new ReportColumn("Name", "name"), new ReportColumn("Size", "sizeGb"), new ReportColumn("Note", "note", InTable: false)],
        [
            ["仮想マシン", 12.5, "plain"],
            ["web-01", 3.0, "a, b"],
            ["vm \"q\"", 0.125, "line\nbreak"],
        ]);

    private static string Write(ReportFormat format)
    {
        using var output = new StringWriter();
        ReportWriter.Write(Sample, format, output);
        return output.ToString();
    }

    [Fact]
    public void Should_AlignColumnsByTerminalCells_When_NamesAreWide()
    {
        // Given, When
        var table = Write(ReportFormat.Table).ReplaceLineEndings("\n");

        // Then
        table.ShouldBe("""
            Name        Size
            ----------  -----
            仮想マシン  12.5
            web-01      3
            vm "q"      0.125

            """);
    }

    [Fact]
    public void Should_QuoteFieldsAsRfc4180Says_When_WritingCsv()
    {
        // Given, When
        var csv = Write(ReportFormat.Csv);

        // Then
        csv.ShouldBe("Name,Size,Note\r\n仮想マシン,12.5,plain\r\nweb-01,3,\"a, b\"\r\n\"vm \"\"q\"\"\",0.125,\"line\nbreak\"\r\n");
    }

    [Fact]
    public void Should_WriteEveryColumnAndKeepLettersReadable_When_WritingJson()
    {
        // Given, When
        var json = Write(ReportFormat.Json);

        // Then
        json.ShouldStartWith("[\n  {\n    \"name\": \"仮想マシン\",\n    \"sizeGb\": 12.5,\n    \"note\": \"plain\"\n  },");
        json.ShouldContain("\"name\": \"vm \\\"q\\\"\"");
    }

    [Fact]
    public void Should_ShowTheSameNumberInJsonAsInTheTableAndCsv_When_ItRoundsAtAMidpoint()
    {
        // Given a transfer of 4.0375 GB (as dst-shift's jobs have), a midpoint at three decimals
        var table = new ReportTable([new ReportColumn("Transfer GB", "transferGb")], [[4.0375]]);

        // When
        var written = new[] { ReportFormat.Table, ReportFormat.Csv, ReportFormat.Json }.Select(format =>
        {
            using var output = new StringWriter();
            ReportWriter.Write(table, format, output);
            return output.ToString();
        }).ToList();

        // Then all three read 4.038
        written[0].ReplaceLineEndings("\n").ShouldBe("Transfer GB\n-----------\n4.038\n");
        written[1].ShouldBe("Transfer GB\r\n4.038\r\n");
        written[2].ShouldContain("\"transferGb\": 4.038\n");
    }
}
