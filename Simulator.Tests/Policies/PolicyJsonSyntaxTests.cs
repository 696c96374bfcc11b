using Simulator.Core.Policies.AzureJson;
using Simulator.Tests.Support;

namespace Simulator.Tests.Policies;

/// <summary>A policy JSON file that is not JSON is told in our words, at the parser's line and column, as a scenario's YAML is.</summary>
public sealed class PolicyJsonSyntaxTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("{\"name\": \"x\", \"properties\": {\n", "2:1", "the object opened at line 1 is not closed: its '}' is missing.")]
    [InlineData("[\n  {\"name\": \"x\"}\n", "3:1", "the array opened at line 1 is not closed: its ']' is missing.")]
    [InlineData("{\"name\": \"x\",\n}", "2:1", "a ',' follows the last member of the object opened at line 1; JSON allows none there: remove it.")]
    [InlineData("[1, 2,]", "1:7", "a ',' follows the last item of the array opened at line 1; JSON allows none there: remove it.")]
    [InlineData("{\"name\": \"x\"\n \"properties\": {}}", "2:2", "a ',' is missing before this point: the members of an object are separated by commas.")]
    [InlineData("[1 2]", "1:4", "a ',' is missing before this point: the items of an array are separated by commas.")]
    [InlineData("{\"name\" \"x\"}", "1:9", "a ':' is missing after the name \"name\".")]
    [InlineData("{\"name\": x}", "1:10", "'x' is not a JSON value: a text is written in double quotes (\"x\"), and true, false and null in lower case.")]
    [InlineData("{\"name\": True}", "1:10", "'True' is not a JSON value: a text is written in double quotes (\"True\"), and true, false and null in lower case.")]
    [InlineData("{name: \"x\"}", "1:2", "a member's name is written in double quotes: \"name\".")]
    [InlineData("{'name': 'x'}", "1:2", "a member's name is written in double quotes: \"name\".")]
    [InlineData("{\"name\": }", "1:10", "a value is missing after \"name\":.")]
    [InlineData("{\"name\": \"x\"}}", "1:14", "this '}' closes nothing: the file's object was closed before it; remove it.")]
    [InlineData("{\"name\": \"x\"}\n{\"name\": \"y\"}", "2:1", "a second value starts here, after the file's object was closed; a policy JSON file holds one policy object, or an array of them ([{...}, {...}]).")]
    [InlineData("[{\"name\": \"x\"}}", "1:15", "this '}' does not close the array opened at line 1, which ends with ']'.")]
    [InlineData("{\"name\": \"x", "1:12", "a text opened with '\"' at line 1 is not closed: its closing quote is missing.")]
    [InlineData("{} /* note", "1:4", "a comment opened with '/*' at line 1 is not closed: its '*/' is missing.")]
    [InlineData("{\"name\":\u00A0\"x\"}", "1:9", "a no-break space (U+00A0) stands where JSON needs a plain space, and JSON reads no other; type a space in its place.")]
    [InlineData("{\n\u00A0\u00A0\"name\": \"x\"}", "2:1", "a no-break space (U+00A0) stands where JSON needs a plain space, and JSON reads no other; type a space in its place.")]
    [InlineData("{\"name\": \"x\",\u202F\"tags\": null}", "1:14", "a narrow no-break space (U+202F) stands where JSON needs a plain space, and JSON reads no other; type a space in its place.")]
    [InlineData("{\"name\": \"x\",, \"tags\": null}", "1:14", "a ',' too many: two commas with nothing between them; remove one.")]
    [InlineData("[{\"name\": \"x\"},,{\"name\": \"y\"}]", "1:16", "a ',' too many: two commas with nothing between them; remove one.")]
    [InlineData("{\"name\": , \"tags\": null}", "1:10", "a value is missing after \"name\":.")]
    [InlineData("{, \"name\": \"x\"}", "1:2", "a ',' comes before the first member of the object opened at line 1; JSON allows none there: remove it.")]
    [InlineData("[\n,{\"name\": \"x\"}]", "2:1", "a ',' comes before the first item of the array opened at line 1; JSON allows none there: remove it.")]
    [InlineData("{\"name\": \"a\tb\"}", "1:12", "a text holds a tab as itself, which JSON does not take; write it \\t, or type a space in its place.")]
    [InlineData("{\"na\tme\": \"x\"}", "1:5", "a text holds a tab as itself, which JSON does not take; write it \\t, or type a space in its place.")]
    [InlineData("{\"name\": \"a\nb\"}", "1:12", "a text runs on to the next line, which JSON does not take: is its closing quote missing? A line break in a text is written \\n.")]
    [InlineData("{\"name\": \"a\u0001b\"}", "1:12", "a text holds the control character U+0001 as itself, which JSON does not take; write it \\u0001, or remove it.")]
    [InlineData("", "1:1", "the file holds no JSON (it is empty, or holds only comments); a policy JSON file holds a policy object, as 'az backup policy show' prints one.")]
    [InlineData("  \n// only a comment\n", "3:1", "the file holds no JSON (it is empty, or holds only comments); a policy JSON file holds a policy object, as 'az backup policy show' prints one.")]
    public void Should_SayTheMistakeInOurWordsAtTheParsersPlace_When_TheJsonIsMalformed(string json, string at, string words)
    {
        // Given

        // When
        var error = Should.Throw<AzurePolicyJsonException>(() => AzurePolicyJson.ImportAll(json, "bad.json"));

        // Then
        error.Message.ShouldBe($"bad.json:{at}: not valid JSON: {words}");
    }

    [Fact]
    public void Should_SayTheFileNestsTooDeep_When_ItsObjectsNestPastTheParsersDepth()
    {
        // Given well-formed JSON whose 65th object opens at column 321
        var json = string.Concat(Enumerable.Repeat("{\"a\":", 65)) + "1" + new string('}', 65);

        // When
        var error = Should.Throw<AzurePolicyJsonException>(() => AzurePolicyJson.ImportAll(json, "deep.json"));

        // Then not "'{"a"' is not a JSON value: a text is written in double quotes", which it is
        error.Message.ShouldBe("deep.json:1:321: not valid JSON: the file nests deeper than 64 levels (an object or array inside another); a policy JSON file nests a few.");
    }

    [Fact]
    public void Should_SayTheMistake_When_ItIsAtTheParsersDepth()
    {
        // Given 64 arrays, as deep as the parser reads, holding a word
        var json = new string('[', 64) + "x" + new string(']', 64);

        // When
        var error = Should.Throw<AzurePolicyJsonException>(() => AzurePolicyJson.ImportAll(json, "deep.json"));

        // Then
        error.Message.ShouldBe("deep.json:1:65: not valid JSON: 'x' is not a JSON value: a text is written in double quotes (\"x\"), and true, false and null in lower case.");
    }

    [Fact]
    public void Should_SayTheObjectIsNotClosed_When_PolicyPreviewReadsTheReportedFile()
    {
        // Given the file the defect was reported with
        var path = _folder.File("bad.json");
        File.WriteAllText(path, "{\"name\": \"x\", \"properties\": {\n");

        // When
        var run = CliRun.Of("policy", "preview", path, "--from", "2026-03-01");

        // Then
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe($"vaultsim: {path}:2:1: not valid JSON: the object opened at line 1 is not closed: its '}}' is missing.\n");
    }
}
