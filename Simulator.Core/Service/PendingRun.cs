using Simulator.Core.Policies;
using Simulator.Core.Protection;

namespace Simulator.Core.Service;

/// <summary>A scheduled run waiting for its job to start.</summary>
internal sealed record PendingRun(ProtectedItem Item, ScheduledRun Run);
