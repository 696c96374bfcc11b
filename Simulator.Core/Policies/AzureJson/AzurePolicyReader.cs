using System.Globalization;
using System.Text.Json;
using NodaTime;

namespace Simulator.Core.Policies.AzureJson;

/// <summary>Reads Azure VM policy JSON, in the CLI and REST spellings and the V1 and V2 schedule shapes.</summary>
/// <remarks>
/// Reading checks the shape (keys, types, enum spellings); the limits are <see cref="PolicyValidator"/>'s job, so a
/// policy with a retention of 3 days reads fine and is then refused with the field and the allowed range. A number too
/// large for an int can't be read into the policy, so the reader tells it itself, in the validator's words (<see cref="Outsized"/>).
/// </remarks>
internal static partial class AzurePolicyReader
{
    private const string PropertiesPath = "properties";

    private static readonly IReadOnlyDictionary<string, bool> ManagementTypes = new Dictionary<string, bool>
    {
        [AzureNames.VmManagementType] = false,
        [AzureNames.MarsManagementType] = true,
    };

    private static readonly IReadOnlyDictionary<string, PolicyKind> PolicyTypes = new Dictionary<string, PolicyKind>
    {
        ["V1"] = PolicyKind.Standard,
        ["V2"] = PolicyKind.Enhanced,
    };

    public static IReadOnlyList<BackupPolicy> ReadAll(string json, string source, DstMode unstatedDstMode)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } l ? l + 1 : (long?)null;
            var position = e.BytePositionInLine is { } p ? p + 1 : (long?)null;
            var words = JsonSyntax.Explain(json, out var field);
            throw new AzurePolicyJsonException(source, field.Length > 0 ? field : e.Path ?? string.Empty, $"not valid JSON: {words ?? FirstSentence(e.Message) + "."}", line, position, e);
        }

        using (document)
        {
            if (JsonSyntax.FirstHalfSurrogate(json) is { } half)
            {
                throw new AzurePolicyJsonException(source, half.Path, half.Problem, half.Line, half.Position);
            }

            if (JsonSyntax.FirstDuplicate(json) is { } duplicate)
            {
                throw new AzurePolicyJsonException(source, duplicate.Path, duplicate.Problem, duplicate.Line, duplicate.Position);
            }

            try
            {
                var roots = PolicyRoots(new JsonCursor(document.RootElement, string.Empty, source));
                var policies = roots.Select(p => ReadPolicy(p, json, unstatedDstMode)).ToList();
                RefuseRepeatedNames(roots, policies, json);
                return policies;
            }
            catch (AzurePolicyJsonException e) when (e.Line is null)
            {
                // The document has no positions, so a value of the wrong shape is found again in the text to be placed.
                throw e.PlacedIn(json);
            }
        }
    }

    /// <summary>The path of the <paramref name="index"/>th policy <see cref="ReadAll"/> read from <paramref name="json"/>:
    /// empty for a lone policy, <c>[1]</c> in an array, <c>value[1]</c> in a REST list.</summary>
    public static string PolicyPath(string json, int index)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        return PolicyRoots(new JsonCursor(document.RootElement, string.Empty, string.Empty))[index].Path;
    }

    /// <summary>The management type of the policy named <paramref name="name"/> (ignoring case) that <see cref="ReadAll"/>
    /// passed over in a list, as one vaultsim does not simulate; with the name as written.</summary>
    /// <param name="json">Text <see cref="ReadAll"/> read: its lists are found as that found them (<see cref="Listed"/>).</param>
    public static (string Name, string Type)? PassedOver(string json, string name)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var listed = Listed(new JsonCursor(document.RootElement, string.Empty, string.Empty)) ?? [];
        return listed
            .Where(p => p.Optional("name") is { Element.ValueKind: JsonValueKind.String })
            .Select(p => (Name: AzureNames.PolicyOfResourceName(p.Optional("name")!.Value.String()), Type: UnsimulatedType(p)))
            .Where(p => p.Type is not null && BackupPolicy.NameComparer.Equals(p.Name, name))
            .Select(p => ((string, string)?)(p.Name, p.Type!.Value.String()))
            .FirstOrDefault();
    }

    private static IReadOnlyList<JsonCursor> PolicyRoots(JsonCursor root) => Listed(root) is { } listed ? Simulated(listed) : [root];

    /// <summary>Every policy a file lists, those vaultsim simulates or not: an array's, a REST list's <c>value</c>, a
    /// deployment template's resources; null for a lone policy object.</summary>
    private static IReadOnlyList<JsonCursor>? Listed(JsonCursor root) => root.Element.ValueKind switch
    {
        JsonValueKind.Array => root.Items(),
        JsonValueKind.Object when root.Optional("properties") is null && root.Optional("value") is { } list => list.Items(),
        JsonValueKind.Object when root.Optional("properties") is null && root.Optional("resources") is { } resources => TemplatePolicies(resources),
        JsonValueKind.Object => null,
        _ => throw root.Fail("expected a policy object, or an array of them"),
    };

    /// <summary>The backup policy resources of a deployment template, at any depth (a vault's own <c>resources</c> name
    /// them <c>backupPolicies</c>).</summary>
    private static IReadOnlyList<JsonCursor> TemplatePolicies(JsonCursor resources)
    {
        List<JsonCursor> policies = [.. PolicyResources(resources)];
        return policies.Count > 0
            ? policies
            : throw resources.Fail($"holds no resource of type {AzureNames.PolicyType}; allowed is a template with one, a policy object, or an array of them");
    }

    /// <remarks>
    /// A template of <c>languageVersion</c> 2.0 keys its resources by symbolic name, where others list them; and a nested
    /// deployment, as a Bicep module compiles to, holds its own template's resources.
    /// </remarks>
    private static IEnumerable<JsonCursor> PolicyResources(JsonCursor resources) =>
        (resources.Element.ValueKind == JsonValueKind.Object ? resources.Values() : resources.Items()).Where(r => r.Element.ValueKind == JsonValueKind.Object).SelectMany(resource =>
        {
            var type = resource.Optional("type") is { Element.ValueKind: JsonValueKind.String } t ? t.String() : string.Empty;
            var isPolicy = IsPolicyResource(type);
            var nested = resource.Optional("resources") is { Element.ValueKind: JsonValueKind.Array or JsonValueKind.Object } inner ? PolicyResources(inner) : [];
            var deployed = string.Equals(type, "Microsoft.Resources/deployments", StringComparison.OrdinalIgnoreCase)
                && resource.Optional("properties") is { Element.ValueKind: JsonValueKind.Object } properties
                && properties.Optional("template") is { Element.ValueKind: JsonValueKind.Object } template
                && template.Optional("resources") is { Element.ValueKind: JsonValueKind.Array or JsonValueKind.Object } templateResources
                    ? PolicyResources(templateResources)
                    : [];
            return isPolicy ? nested.Concat(deployed).Prepend(resource) : nested.Concat(deployed);
        });

    /// <summary>The first value written as an ARM expression (<c>[parameters('timeZone')]</c>); <c>[[</c> begins a text
    /// that only looks like one.</summary>
    private static JsonCursor? FirstExpression(JsonCursor value) => value.Element.ValueKind switch
    {
        JsonValueKind.String when value.Element.GetString() is { } text && text.StartsWith('[') && text.EndsWith(']') && !text.StartsWith("[[", StringComparison.Ordinal) => value,
        JsonValueKind.Array => value.Items().Select(FirstExpression).FirstOrDefault(e => e is not null),
        JsonValueKind.Object => value.Element.EnumerateObject()
            .Select(p => value.Optional(p.Name) is { } child ? FirstExpression(child) : null)
            .FirstOrDefault(e => e is not null),
        _ => null,
    };

    private static bool IsPolicyResource(string type) =>
        type.Equals(AzureNames.PolicyType, StringComparison.OrdinalIgnoreCase) || type.Equals("backupPolicies", StringComparison.OrdinalIgnoreCase);

    /// <summary>The policies of a vault's list that vaultsim simulates; all of them when none is, so that the first is
    /// refused saying why.</summary>
    /// <remarks>'az backup policy list' prints every policy of the vault, SQL and Azure Files ones among its VM ones.</remarks>
    private static IReadOnlyList<JsonCursor> Simulated(IReadOnlyList<JsonCursor> policies)
    {
        var simulated = policies.Where(p => UnsimulatedType(p) is null).ToList();
        return simulated.Count > 0 ? simulated : policies;
    }

    private static JsonCursor? UnsimulatedType(JsonCursor policy) =>
        policy.Element.ValueKind == JsonValueKind.Object
        && policy.Optional(PropertiesPath) is { Element.ValueKind: JsonValueKind.Object } properties
        && properties.Optional("backupManagementType") is { Element.ValueKind: JsonValueKind.String } type
        && AzureNames.UnsimulatedManagementTypes.ContainsKey(type.String())
            ? type
            : null;

    /// <param name="policyRoot">The policy's object.</param>
    /// <param name="json">The text it was parsed from, where a number too large is placed.</param>
    private static BackupPolicy ReadPolicy(JsonCursor policyRoot, string json, DstMode unstatedDstMode)
    {
        var outsized = new List<OutsizedNumber>();
        var root = policyRoot with { Outsized = outsized };
        if (root.Optional("name") is null && root.Optional("policy") is not null && root.Optional("runs") is not null)
        {
            throw new AzurePolicyJsonException(root.Source, "name", "is missing; this is what 'vaultsim policy preview -o json' prints (a policy's runs), not a policy; preview the policy file it was made from");
        }

        var name = root.Required("name", "the policy name").String();
        if (root.Optional("type") is { Element.ValueKind: JsonValueKind.String } resourceType && IsPolicyResource(resourceType.String()))
        {
            name = AzureNames.PolicyOfResourceName(name);
            if (root.Optional(PropertiesPath) is { } values && FirstExpression(values) is { } expression)
            {
                throw expression.Fail($"'{expression.String()}' is an ARM template expression, which vaultsim does not evaluate; write its value, as the deployment gives it");
            }
        }

        if (root.Optional(PropertiesPath) is null && root.Optional("schedulePolicy") is not null)
        {
            throw new AzurePolicyJsonException(root.Source, PropertiesPath, "is missing; this is Azure PowerShell's policy object (SchedulePolicy at the top, enums as numbers), which vaultsim does not read; export the policy with 'az backup policy show -o json', or the REST API's GET (Invoke-AzRestMethod)");
        }

        var properties = root.Required(PropertiesPath, "the policy's properties object");
        if (UnsimulatedType(root) is { } unsimulated)
        {
            var type = unsimulated.String();
            throw unsimulated.Fail($"'{type}' ({AzureNames.UnsimulatedManagementTypes[type]}) is not simulated; vaultsim simulates {AzureNames.VmManagementType} (Azure VM) and {AzureNames.MarsManagementType} (MARS agent) policies");
        }

        var isMars = properties.Optional("backupManagementType")?.OneOf(ManagementTypes) ?? false;
        var kind = isMars ? PolicyKind.Mars : properties.Optional("policyType")?.OneOf(PolicyTypes) ?? PolicyKind.Standard;
        var zoneId = properties.Optional("timeZone")?.String() ?? "UTC";

        // An unknown zone still reads, as UTC, so that validation can name it along with any other problem.
        var zone = PolicyTimeZones.TryResolve(zoneId, out var resolved) ? resolved : DateTimeZone.Utc;
        var (schedule, firstTime) = ReadSchedule(properties.Required("schedulePolicy", "a schedulePolicy object"), kind);
        var retention = ReadRetention(properties.Required("retentionPolicy", "a retentionPolicy object"), isMars, AzureRetentionTimes.Of(schedule), PolicyValidator.IsScheduleValid(kind, schedule), schedule.Hourly is not null);
        var snapshotDays = properties.Optional("instantRpRetentionRangeInDays")?.Int32() ?? PolicyLimits.DefaultSnapshotDays(kind, schedule.Frequency);
        var policy = new BackupPolicy
        {
            Name = name,
            Kind = kind,
            Schedule = schedule,
            Retention = retention,
            InstantRestoreDays = snapshotDays,
            TimeZoneId = zoneId,
            TimeZone = zone,
            DstMode = properties.Optional("dstMode")?.OneOf(AzureNames.DstModes) ?? unstatedDstMode,

            // The date written with the run time is when the policy was last edited, in its zone.
            SavedAt = firstTime is { } time ? time.InZoneLeniently(zone).ToInstant() : default,
        };
        return outsized.Count == 0 ? policy : throw Outsized(root, policy, outsized[0], json);
    }

    /// <summary>A number too large for any count, told as the validator tells its field's limit, with the file's text,
    /// at its line and position as a mistake in the text is.</summary>
    /// <remarks>The limits are the validator's (they depend on the policy's kind and schedule): see <see cref="OutsizedNumber"/>.</remarks>
    private static AzurePolicyJsonException Outsized(JsonCursor root, BackupPolicy policy, OutsizedNumber number, string json)
    {
        var relative = number with { Path = root.Path.Length == 0 ? number.Path : number.Path[(root.Path.Length + 1)..] };
        var problem = PolicyValidator.Validate(policy).FirstOrDefault(p => relative.IsAt(AzurePolicyJson.PathOf(p.Field, policy)));
        var words = problem is null ? $"{number.Text} is out of range" : problem.SaidOf(number.Retell(problem.Value));
        var at = JsonSyntax.Locate(json, number.Path, number.Text);
        return new AzurePolicyJsonException(root.Source, number.Path, words, at?.Line, at?.Position);
    }

    /// <summary>The clock time written in a date-time; the offset is ignored because Azure reads the digits in the policy's zone.</summary>
    /// <remarks>Azure always writes the date. Without one, the runtime would take today's from the machine's clock, and
    /// a text without an offset would be read in the machine's zone: neither may reach the core.</remarks>
    private static LocalDateTime ReadDateTime(JsonCursor cursor)
    {
        var text = cursor.String();
        // The runtime's parser passes over spaces, about the time or in it, and a trailing NUL: "04:30:00Z " and
        // "04: 30:00Z" would read as 04:30, where ISO 8601 has no space (a scenario's own "04: 30" is refused).
        if (!StartsWithIsoDate(text) || ControlCharacters.AnyIn(text) || text.Any(char.IsWhiteSpace)
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
        {
            throw cursor.Fail($"'{text}' is not a date-time; allowed is ISO 8601 such as 2020-08-03T04:30:00+00:00 or 2018-01-24T10:00:00Z");
        }

        return LocalDateTime.FromDateTime(value.DateTime);
    }

    private static bool StartsWithIsoDate(string text) =>
        text.Length >= 10 && text[4] == '-' && text[7] == '-' && text.Take(10).Where((_, i) => i is not (4 or 7)).All(char.IsAsciiDigit);

    /// <summary>The parser's own words, for a mistake <see cref="JsonSyntax"/> does not recognise (a bad escape, a tab in a text).</summary>
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var sentence = (cut > 0 ? message[..cut] : message).Trim().TrimEnd('.');

        // System.Text.Json quotes an invalid literal with everything after it: a YAML file given as a policy
        // ("name: ...") had all its lines printed. Its first word says what was found.
        const string InvalidLiteral = "' is an invalid JSON literal";
        var end = sentence.IndexOf(InvalidLiteral, StringComparison.Ordinal);
        return sentence.StartsWith('\'') && end > 0
            ? $"'{string.Concat(sentence.Skip(1).TakeWhile(char.IsLetter).Take(20))}{sentence[end..]}"
            : sentence;
    }
}
