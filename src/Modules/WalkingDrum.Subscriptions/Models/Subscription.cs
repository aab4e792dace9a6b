using WalkingDrum.Core.Data;
using WalkingDrum.Core.Money;

namespace WalkingDrum.Subscriptions.Models;

/// <summary>
/// A subscriber's recurring purchase. It keeps a copy of the plan's terms, its billing calendar
/// (periods counted from <see cref="BillingAnchor"/>) and the state of pauses, skips, coupons,
/// dunning and gifts. All amounts share <see cref="Currency"/>, the shop's currency at purchase.
/// Changes go through <c>SubscriptionLifecycle</c>, which keeps these fields consistent and
/// writes the timeline in <see cref="Events"/>. The remaining fields are in the other part files.
/// </summary>
public sealed partial class Subscription : ITenantOwned
{
    public const int MaxEmailLength = 256;

    public Guid TenantId { get; set; }

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public SubscriptionStatus Status { get; set; }

    public string Currency { get; set; } = "USD";

    /// <summary>The order that started it; no foreign key, as with every link to Commerce.</summary>
    public Guid? OriginOrderId { get; set; }

    /// <summary>The subscriber's account, when they have one; no foreign key, the subscription outlives it.</summary>
    public Guid? UserId { get; set; }

    /// <summary>The subscriber's (for a gift, the recipient's) email.</summary>
    public string Email { get; set; } = "";

    /// <summary>The processor's customer whose saved card renewals charge.</summary>
    public string? ProcessorCustomerId { get; set; }

    public string? PaymentMethodId { get; set; }

    /// <summary>Card brand as the processor names it ("visa"), for "Visa ending 4242".</summary>
    public string? CardBrand { get; set; }

    public string? CardLast4 { get; set; }

    public int? CardExpMonth { get; set; }

    public int? CardExpYear { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Incremented on every change, so two writers (runner, portal, admin) cannot overwrite each other.</summary>
    public int Version { get; set; }

    public List<SubscriptionItem> Items { get; } = [];

    /// <summary>The timeline; order it by <see cref="SubscriptionEvent.SubscriptionVersion"/>.</summary>
    public List<SubscriptionEvent> Events { get; } = [];

    /// <summary>Canceled or expired: nothing more happens unless it is reactivated.</summary>
    public bool HasEnded => Status is SubscriptionStatus.Canceled or SubscriptionStatus.Expired;

    public bool IsGift => GiftRecipientEmail is not null;

    public Amount CreditBalance => new(CreditBalanceMinor, Currency);

    public Amount SetupFeePaid => new(SetupFeePaidMinor, Currency);

    public Amount CurrentPeriodPaid => new(CurrentPeriodPaidMinor, Currency);

    /// <summary>The items' price for one cycle, before coupons and credit.</summary>
    public Amount CyclePrice => Items.Aggregate(Amount.Zero(Currency), (sum, item) => sum + item.CyclePrice);

    /// <summary>Whether the subscriber may use what they subscribed to at <paramref name="now"/>.</summary>
    public bool HasAccess(DateTimeOffset now) => Status == SubscriptionStatus.Trialing || now < PaidThrough;
}
