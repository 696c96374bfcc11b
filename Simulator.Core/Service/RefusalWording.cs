using System.Globalization;
using NodaTime;
using Simulator.Core.Jobs;
using Simulator.Core.Journal;

namespace Simulator.Core.Service;

/// <summary>How a refusal's reason writes the times and job operations it names; the rest of its words are the core's.</summary>
/// <remarks>
/// The core words them as its journal does (<see cref="Journal"/>: ISO instants in UTC, the API's operation names),
/// which is how headless runs, scenario checks and reports quote a refusal. A screen that writes times in its own
/// zone, and names operations as its job list does, words the same reason its way through
/// <see cref="OperationRefusedException.ReasonIn"/>, so that one screen never names one thing two ways.
/// </remarks>
public abstract class RefusalWording : IFormatProvider, ICustomFormatter
{
    /// <summary>The journal's wording: <c>2026-06-15T02:08:15Z</c>, <c>DisableBackup</c>.</summary>
    public static RefusalWording Journal { get; } = new JournalWording();

    /// <summary>An instant a reason names.</summary>
    public abstract string Time(Instant instant);

    /// <summary>A job's operation a reason names.</summary>
    public abstract string Operation(JobOperation operation);

    /// <inheritdoc/>
    public object? GetFormat(Type? formatType) => formatType == typeof(ICustomFormatter) ? this : null;

    /// <inheritdoc/>
    /// <remarks>A reason built of other reasons words them alike; anything else is written invariantly.</remarks>
    public string Format(string? format, object? arg, IFormatProvider? formatProvider) => arg switch
    {
        Instant instant => Time(instant),
        JobOperation operation => Operation(operation),
        FormattableString inner => inner.ToString(this),
        IFormattable formattable => formattable.ToString(format, CultureInfo.InvariantCulture),
        _ => arg?.ToString() ?? string.Empty,
    };

    private sealed class JournalWording : RefusalWording
    {
        public override string Time(Instant instant) => JournalFormatter.FormatTime(instant);

        public override string Operation(JobOperation operation) => EnumText.Of(operation);
    }
}
