using Simulator.Core.Jobs;
using Simulator.Scenarios.Parsing;

namespace Simulator.Tests.Scenarios;

/// <summary>A job's expected errorCode is one the simulation produces: a slip is refused when the file is read, not found at the end of a run.</summary>
public sealed partial class ScenarioParserTests
{
    private static string ExpectingErrorCode(string code) => World + $"""
        expect:
          - job: {"{"} item: vm-web-01 {"}"}
            status: Failed
            errorCode: {code}
        """;

    [Fact]
    public void Should_RefuseAMisspeltErrorCode_AtItsLine_WithTheCodeItMeant()
    {
        // Given
        var text = ExpectingErrorCode("UserErrorGuestAgentStatusUnavailabel");
        var line = text.Split('\n').ToList().FindIndex(l => l.Contains("errorCode", StringComparison.Ordinal)) + 1;

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Count.ShouldBe(1, Describe(errors));
        errors[0].Line.ShouldBe(line);
        errors[0].Field.ShouldBe("expect[0].errorCode");
        errors[0].Message.ShouldStartWith("'UserErrorGuestAgentStatusUnavailabel' is not one of UserErrorVmNotFoundV2, ");
        errors[0].Message.ShouldEndWith("Did you mean 'UserErrorGuestAgentStatusUnavailable'?");
    }

    [Fact]
    public void Should_RefuseAnErrorCodeInAnotherCase_SayingHowAzureSpellsIt()
    {
        // Given the checks compare codes as Azure writes them, so this one could never pass
        var text = ExpectingErrorCode("usererrorvmnotfoundv2");

        // When
        var errors = ErrorsOf(text);

        // Then
        errors.Count.ShouldBe(1, Describe(errors));
        errors[0].Message.ShouldEndWith("Did you mean 'UserErrorVmNotFoundV2'?");
    }

    [Theory]
    [MemberData(nameof(ExpectableErrorCodes))]
    public void Should_AcceptEveryErrorCodeTheSimulationProduces_AndNone(string code)
    {
        // When
        var scenario = ScenarioParser.Parse(ExpectingErrorCode(code), File);

        // Then
        scenario.Expectations.ShouldHaveSingleItem().ErrorCode.ShouldBe(code);
    }

    public static TheoryData<string> ExpectableErrorCodes() => [.. ErrorCodes.All, "none"];
}
