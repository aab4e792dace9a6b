namespace WalkingDrum.Subscriptions.Services.Schedule;

/// <summary>
/// The <paramref name="Index"/>-th billing period counted from an anchor (0 starts at the anchor):
/// from <paramref name="Start"/> inclusive to <paramref name="End"/> exclusive, both in UTC.
/// </summary>
public readonly record struct BillingPeriod(int Index, DateTimeOffset Start, DateTimeOffset End)
{
    /// <summary>Whether <paramref name="instant"/> falls inside the period.</summary>
    public bool Contains(DateTimeOffset instant) => instant >= Start && instant < End;
}
