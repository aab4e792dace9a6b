using WalkingDrum.Core.Data;
using WalkingDrum.Core.Money;

namespace WalkingDrum.Subscriptions.Models;

/// <summary>
/// One way to subscribe to a product ("Monthly", "Every 2 weeks · 10% off"): how often it renews,
/// what each interval costs (the variant's price less a discount, or a fixed price per unit), and
/// the terms around it: trial, setup fee, prepaid cycles, minimum and maximum term.
/// </summary>
public sealed class SubscriptionPlan : ITenantOwned
{
    /// <summary>Most plans one product may offer.</summary>
    public const int MaxPerProduct = 10;

    public Guid TenantId { get; set; }

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ProductId { get; set; }

    /// <summary>What the shopper sees, unique per product ("Monthly").</summary>
    public required string Name { get; set; }

    /// <summary>Display order within the product, from 1.</summary>
    public int Position { get; set; }

    /// <summary>Inactive plans are kept (subscribers stay on them) but no longer offered.</summary>
    public bool IsActive { get; set; } = true;

    public IntervalUnit IntervalUnit { get; set; }

    /// <summary>Units per interval: 2 with <see cref="IntervalUnit.Week"/> renews every 2 weeks.</summary>
    public int IntervalCount { get; set; } = 1;

    /// <summary>Whole percent off the variant's price (0–90); zero when <see cref="FixedPriceMinor"/> is set.</summary>
    public int DiscountPercent { get; set; }

    /// <summary>Price per unit and interval instead of the variant's price; null to follow the variant.</summary>
    public long? FixedPriceMinor { get; private set; }

    /// <summary>Days before the first charge; zero for none.</summary>
    public int TrialDays { get; set; }

    /// <summary>Charged once per subscription, with the first payment.</summary>
    public long SetupFeeMinor { get; private set; }

    /// <summary>Currency of the fixed price and the setup fee (the shop's when saved).</summary>
    public string Currency { get; private set; } = "USD";

    /// <summary>Intervals paid at each charge: 1 pays every interval, 3 pays three intervals up front.</summary>
    public int PrepaidCycles { get; set; } = 1;

    /// <summary>Whole percent off a prepaid charge (0–90); zero unless <see cref="PrepaidCycles"/> is above 1.</summary>
    public int PrepaidDiscountPercent { get; set; }

    /// <summary>Paid intervals before the shopper may cancel; zero allows canceling any time.</summary>
    public int MinimumCycles { get; set; }

    /// <summary>Paid intervals after which the subscription ends; null runs until canceled.</summary>
    public int? MaximumCycles { get; set; }

    /// <summary>The fixed price per unit and interval, when the plan does not follow the variant's price.</summary>
    public Amount? FixedPrice => FixedPriceMinor is { } minor ? new Amount(minor, Currency) : null;

    /// <summary>The one-time setup fee (zero for none).</summary>
    public Amount SetupFee => new(SetupFeeMinor, Currency);

    /// <summary>Sets both money values at once, so they always share one currency.</summary>
    public void SetPrices(Amount? fixedPrice, Amount setupFee)
    {
        if (fixedPrice is { } price && price.Currency != setupFee.Currency)
        {
            throw new ArgumentException("The fixed price and the setup fee must share a currency.", nameof(fixedPrice));
        }

        FixedPriceMinor = fixedPrice?.MinorUnits;
        SetupFeeMinor = setupFee.MinorUnits;
        Currency = setupFee.Currency;
    }
}
