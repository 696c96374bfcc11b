namespace Simulator.Core.Engine;

/// <summary>The handlers and subjects of the events in the queue's heap, in numbered slots that the heap's nodes point to.</summary>
/// <remarks>
/// The heap holds the few events scheduled into a minute already reached, so its nodes, which carry no references,
/// keep their payloads here. Freed slots are reused last-in first-out, so the slots in use stay few and warm.
/// </remarks>
internal sealed class EventPayloads
{
    private ScheduledEvent[] _slots = new ScheduledEvent[1_024];
    private int[] _free = new int[1_024];
    private int _freeCount;
    private int _used;

    public ref readonly ScheduledEvent this[int slot] => ref _slots[slot];

    /// <summary>Stores the event and returns its slot.</summary>
    public int Add(in ScheduledEvent scheduled)
    {
        int slot;
        if (_freeCount > 0)
        {
            slot = _free[--_freeCount];
        }
        else
        {
            if (_used == _slots.Length)
            {
                Array.Resize(ref _slots, _slots.Length * 2);
            }

            slot = _used++;
        }

        _slots[slot] = scheduled;
        return slot;
    }

    /// <summary>Takes the event out of its slot, releasing the slot and the references it held.</summary>
    public ScheduledEvent Take(int slot)
    {
        var scheduled = _slots[slot];
        _slots[slot] = default;
        if (_freeCount == _free.Length)
        {
            Array.Resize(ref _free, _free.Length * 2);
        }

        _free[_freeCount++] = slot;
        return scheduled;
    }
}
