namespace Simulator.Store.Schema;

/// <summary>Version 3: where each action was taken among the events of its instant.</summary>
/// <remarks>
/// An action taken in the dashboard follows the events that had run, checks of its instant included; replayed at its
/// instant alone it could go before some of them. Files of version 2 keep a null count, and their actions replay
/// after every event due by their instant, as the dashboard ran them between frames.
/// </remarks>
internal static class SchemaV3
{
    public const string Sql = """
        ALTER TABLE actions ADD COLUMN events_before INTEGER;
        """;
}
