using System.Text;
using Simulator.Scenarios;
using Simulator.Tests.Support;

namespace Simulator.Tests.Scenarios;

/// <summary>Scenario and policy files are read as UTF-8 (or as the UTF-16/32 their byte-order mark names), and a byte that is not text is refused where it is.</summary>
public sealed class InputTextTests : IDisposable
{
    private const string Scenario = """
        name: café
        start: 2026-01-01T00:00:00Z
        duration: 3d
        """;

    private const string Latin1Refusal = "the file is not UTF-8: byte 0xE9 can't be read as UTF-8 text (was it saved as Latin-1 or Windows-1252?); save it as UTF-8.";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string WriteBytes(string name, byte[] bytes)
    {
        var path = _folder.File(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Should_NameTheFileAndTheLineOfTheFirstInvalidByte_When_AScenarioIsLatin1()
    {
        // Given 'é' as Latin-1 writes it: one byte, 0xE9, that UTF-8 never has alone
        var path = WriteBytes("latin1.yaml", Encoding.Latin1.GetBytes("# a comment\n" + Scenario));

        // When
        var run = CliRun.Of("validate", path);

        // Then
        run.ExitCode.ShouldBe(2);
        run.Out.ShouldBe("0 valid, 1 invalid\n");
        run.Error.ShouldBe($"{path}:2:10: {Latin1Refusal}\n");
    }

    [Fact]
    public void Should_RefuseALatin1Byte_When_TheFileStartsWithAUtf8ByteOrderMark()
    {
        var path = WriteBytes("marked.yaml", [.. Encoding.UTF8.Preamble, .. Encoding.Latin1.GetBytes(Scenario)]);

        var run = CliRun.Of("validate", path);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe($"{path}:1:10: {Latin1Refusal}\n");
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8 with a byte-order mark")]
    [InlineData("utf-16 with a byte-order mark")]
    public void Should_ReadTheScenario_When_ItIsText(string encoding)
    {
        // Given
        byte[] bytes = encoding switch
        {
            "utf-8" => Encoding.UTF8.GetBytes(Scenario),
            "utf-8 with a byte-order mark" => [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(Scenario)],
            _ => [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(Scenario)],
        };
        var path = WriteBytes("text.yaml", bytes);

        // When
        var run = CliRun.Of("validate", path);

        // Then
        run.ExitCode.ShouldBe(0);
        run.Out.ShouldStartWith("OK    café ");
    }

    [Fact]
    public void Should_NameThePolicyFileAndLine_When_APreviewedPolicyIsLatin1()
    {
        // Given
        var sample = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Policies", "Samples", "standard-daily.json"));
        var path = WriteBytes("latin1.json", Encoding.Latin1.GetBytes(sample.Replace("\"name\": \"", "\"name\": \"é", StringComparison.Ordinal)));
        var line = sample[..sample.IndexOf("\"name\": \"", StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        // When
        var run = CliRun.Of("policy", "preview", path, "--from", "2026-03-01");

        // Then
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldStartWith($"vaultsim: {path}:{line}:");
        run.Error.ShouldEndWith($": {Latin1Refusal}\n");
    }

    [Fact]
    public void Should_PointAtThePolicyFile_When_AScenarioImportsALatin1Policy()
    {
        // Given
        var sample = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Policies", "Samples", "standard-daily.json"));
        WriteBytes("latin1.json", Encoding.Latin1.GetBytes(sample.Replace("\"name\": \"", "\"name\": \"é", StringComparison.Ordinal)));
        var scenario = WriteBytes("imports.yaml", Encoding.UTF8.GetBytes("""
            name: imports
            start: 2026-01-01T00:00:00Z
            duration: 3d
            vaults:
              - name: vault-a
                region: westeurope
                policies:
                  - file: latin1.json
            """));

        // When
        var error = Should.Throw<ScenarioLoadException>(() => Simulator.Scenarios.Parsing.ScenarioParser.Load(scenario));

        // Then
        error.Errors.ShouldHaveSingleItem().ToString().ShouldBe($"{scenario}:8:15: vaults[0].policies[0].file: latin1.json:5:10: {Latin1Refusal}");
    }

    private const string NulRefusal =
        "the file holds a NUL character (0x00), which is not text; save it as UTF-8 (a file saved as UTF-16 or UTF-32 without a byte-order mark has one beside nearly every letter).";

    [Theory]
    [InlineData("utf-16 without a byte-order mark", "1:2")]
    [InlineData("a NUL before the first key", "1:1")]
    [InlineData("a NUL after the last line", "4:1")]
    public void Should_RefuseTheNulWhereItIs_When_AScenarioHoldsOne(string content, string place)
    {
        // Given bytes UTF-8 decodes, that the YAML reader took for the end of the file or blamed on a later line
        byte[] bytes = content switch
        {
            "utf-16 without a byte-order mark" => Encoding.Unicode.GetBytes(Scenario),
            "a NUL before the first key" => [0, .. Encoding.UTF8.GetBytes(Scenario)],
            _ => [.. Encoding.UTF8.GetBytes(Scenario + "\n"), 0],
        };
        var path = WriteBytes("nul.yaml", bytes);

        // When
        var run = CliRun.Of("validate", path);

        // Then
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe($"{path}:{place}: {NulRefusal}\n");
    }

    [Fact]
    public void Should_RefuseTheNulWhereItIs_When_APreviewedPolicyIsUtf16WithoutAByteOrderMark()
    {
        // Given
        var sample = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Policies", "Samples", "standard-daily.json"));
        var path = WriteBytes("utf16.json", Encoding.Unicode.GetBytes(sample));

        // When
        var run = CliRun.Of("policy", "preview", path, "--from", "2026-03-01");

        // Then
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe($"vaultsim: {path}:1:2: {NulRefusal}\n");
    }
}
