using WalkingDrum.Core.Data;
using WalkingDrum.Core.Money;

namespace WalkingDrum.Commerce.Models;

/// <summary>
/// A paid purchase. It is created once per checkout session, from the payment processor's
/// report, with the lines, address and totals the shopper agreed to on the checkout page; later
/// catalog changes never touch it. All amounts share <see cref="Currency"/>.
/// </summary>
public sealed class Order : ITenantOwned
{
    public Guid TenantId { get; set; }

    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The shop's sequential order number (1001, 1002, …) that shoppers quote.</summary>
    public long Number { get; set; }

    /// <summary>The processor's checkout session; unique per shop, which makes creation idempotent.</summary>
    public required string CheckoutSessionId { get; set; }

    /// <summary>The processor's payment, refunded through <c>IPaymentRefunds</c>.</summary>
    public required string PaymentId { get; set; }

    public required string Email { get; set; }

    /// <summary>The shopper's account, when they had or created one.</summary>
    public Guid? UserId { get; set; }

    /// <summary>Paid in test mode (the sandbox or Stripe test keys): no money moved.</summary>
    public bool IsTest { get; set; }

    public OrderPaymentStatus PaymentStatus { get; set; }

    public OrderFulfillmentStatus FulfillmentStatus { get; set; }

    public string Currency { get; set; } = "USD";

    public long SubtotalMinor { get; set; }

    public long DiscountMinor { get; set; }

    public long ShippingMinor { get; set; }

    public long TaxMinor { get; set; }

    public long TotalMinor { get; set; }

    public long RefundedMinor { get; set; }

    /// <summary>The discount code used, as the merchant wrote it.</summary>
    public string? CouponCode { get; set; }

    /// <summary>The shipping rate chosen ("Standard", "Free shipping").</summary>
    public string ShippingMethod { get; set; } = "";

    /// <summary>The tax applied ("VAT 20 %"), empty without tax.</summary>
    public string TaxLabel { get; set; } = "";

    public string ShippingName { get; set; } = "";

    public string ShippingLine1 { get; set; } = "";

    public string ShippingLine2 { get; set; } = "";

    public string ShippingCity { get; set; } = "";

    public string ShippingRegion { get; set; } = "";

    public string ShippingPostalCode { get; set; } = "";

    public string ShippingCountry { get; set; } = "";

    public DateTimeOffset PlacedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? FulfilledAt { get; set; }

    /// <summary>Incremented on every change, so two admins editing one order cannot overwrite each other.</summary>
    public int Version { get; set; }

    public List<OrderLine> Lines { get; } = [];

    public List<OrderNote> Notes { get; } = [];

    public List<OrderRefund> Refunds { get; } = [];

    public Amount Subtotal => new(SubtotalMinor, Currency);

    public Amount Discount => new(DiscountMinor, Currency);

    public Amount Shipping => new(ShippingMinor, Currency);

    public Amount Tax => new(TaxMinor, Currency);

    public Amount Total => new(TotalMinor, Currency);

    public Amount Refunded => new(RefundedMinor, Currency);

    /// <summary>What can still be refunded.</summary>
    public Amount Refundable => Total - Refunded;

    public PostalAddress ShippingAddress
    {
        get => new(ShippingName, ShippingLine1, ShippingLine2, ShippingCity, ShippingRegion, ShippingPostalCode, ShippingCountry);
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            (ShippingName, ShippingLine1, ShippingLine2, ShippingCity) = (value.Name, value.Line1, value.Line2, value.City);
            (ShippingRegion, ShippingPostalCode, ShippingCountry) = (value.Region, value.PostalCode, value.CountryCode);
        }
    }
}
