namespace WalkingDrum.Subscriptions.Services.Lifecycle;

/// <summary>The shop-wide limits of subscription changes (configuration section <c>Subscriptions:Lifecycle</c>).</summary>
public sealed class SubscriptionLifecycleOptions
{
    /// <summary>
    /// How long before a renewal changes to it (skip, swap, quantity, billing date) are locked,
    /// because the order is already being prepared. Zero means changes are allowed until the renewal.
    /// </summary>
    public TimeSpan RenewalCutoff { get; set; } = TimeSpan.Zero;

    /// <summary>The longest a pause may last, counted from now.</summary>
    public TimeSpan MaximumPause { get; set; } = TimeSpan.FromDays(366);

    /// <summary>The most units of one item, as in the cart.</summary>
    public int MaximumQuantity { get; set; } = 999;
}
