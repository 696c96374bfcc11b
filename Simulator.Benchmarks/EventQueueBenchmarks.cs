using BenchmarkDotNet.Attributes;
using NodaTime;
using Simulator.Core.Engine;

namespace Simulator.Benchmarks;

/// <summary>The engine's queue in a steady state: each event processed schedules one more, near or far ahead.</summary>
/// <remarks>
/// The hold model of queue benchmarks: the number of pending events stays at <see cref="Pending"/>. Seven events in
/// ten land within two hours (job phases), three land days to a month ahead (expiries), as in a backup estate.
/// <see cref="OneHeap"/> is the former queue, a single PriorityQueue of every event, for comparison.
/// </remarks>
[MemoryDiagnoser]
public class EventQueueBenchmarks
{
    private const int Operations = 100_000;
    private static readonly Instant Start = Instant.FromUtc(2026, 1, 1, 0, 0);

    private Duration[] _delays = [];
    private SimulationEngine _engine = null!;
    private Rescheduler _handler = null!;
    private PriorityQueue<ScheduledEvent, EventKey> _heap = null!;
    private long _heapSequence;

    [Params(10_000, 300_000)]
    public int Pending { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        _delays = [.. Enumerable.Range(0, 1 << 16).Select(_ => random.NextDouble() < 0.7
            ? Duration.FromSeconds(random.Next(1, 7_200))
            : Duration.FromSeconds(random.Next(86_400, 31 * 86_400)))];
        _engine = new SimulationEngine(Start);
        _handler = new Rescheduler(_engine, _delays);
        _heap = new PriorityQueue<ScheduledEvent, EventKey>();
        for (var i = 0; i < Pending; i++)
        {
            var at = Start + _delays[i % _delays.Length];
            _engine.Schedule(at, EventPriority.Expiry, _handler, 0);
            _heap.Enqueue(new ScheduledEvent(_handler, 0, null, 0), new EventKey(at, EventPriority.Expiry, _heapSequence++));
        }
    }

    [Benchmark(OperationsPerInvoke = Operations)]
    public void MinuteListQueue()
    {
        for (var i = 0; i < Operations; i++)
        {
            _engine.Step();
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Operations)]
    public void OneHeap()
    {
        for (var i = 0; i < Operations; i++)
        {
            _heap.TryDequeue(out var scheduled, out var key);
            var at = key.At + _delays[(int)(_heapSequence & 0xFFFF)];
            _heap.Enqueue(scheduled, new EventKey(at, EventPriority.Expiry, _heapSequence++));
        }
    }

    /// <summary>Schedules the next event whenever one is handled, keeping the queue's size constant.</summary>
    private sealed class Rescheduler(SimulationEngine engine, Duration[] delays) : IEventHandler
    {
        private int _next;

        public void Handle(in ScheduledEvent scheduled) =>
            engine.Schedule(engine.Now + delays[_next++ & 0xFFFF], EventPriority.Expiry, this, 0);
    }
}
