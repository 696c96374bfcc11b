namespace Simulator.Scenarios.Fleets;

/// <summary>An inclusive range a fleet draws a number from, such as the used size of its VMs.</summary>
public readonly record struct ValueRange
{
    public ValueRange(double min, double max)
    {
        if (!(min <= max))
        {
            throw new ArgumentOutOfRangeException(nameof(min), min, $"The minimum {min} must not be above the maximum {max}.");
        }

        Min = min;
        Max = max;
    }

    public double Min { get; }

    public double Max { get; }
}
