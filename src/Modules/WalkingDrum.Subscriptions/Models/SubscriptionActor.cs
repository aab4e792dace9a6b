namespace WalkingDrum.Subscriptions.Models;

/// <summary>Who caused a change on a subscription's timeline.</summary>
public enum SubscriptionActor
{
    Shopper,
    Merchant,
    System,
}
