namespace WalkingDrum.Subscriptions.Models;

/// <summary>How long one billing interval is.</summary>
public enum IntervalUnit
{
    Day,
    Week,
    Month,
    Year,
}
