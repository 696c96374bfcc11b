using NodaTime;
using Simulator.Store.Schema;

namespace Simulator.Store.Recording;

/// <summary>Formats event times, reusing the last text: a job's events often share an instant, and formatting is the writer's costliest step per row.</summary>
internal sealed class TimeText
{
    private Instant _last = Instant.MinValue;
    private string _text = string.Empty;

    public string Format(Instant instant)
    {
        if (instant != _last)
        {
            _last = instant;
            _text = InstantHandler.Format(instant);
        }

        return _text;
    }
}
