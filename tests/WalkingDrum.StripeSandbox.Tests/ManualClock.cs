namespace WalkingDrum.StripeSandbox.Tests;

/// <summary>A clock tests move by hand; it starts at the real time so webhook signatures stay fresh.</summary>
public sealed class ManualClock : TimeProvider
{
    private readonly Lock gate = new();
    private DateTimeOffset now = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow()
    {
        lock (gate)
        {
            return now;
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (gate)
        {
            now += by;
        }
    }

    public long UnixSeconds => GetUtcNow().ToUnixTimeSeconds();
}
