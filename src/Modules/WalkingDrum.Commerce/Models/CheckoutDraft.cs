using System.Text.Json.Serialization;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Money;

namespace WalkingDrum.Commerce.Models;

/// <summary>
/// What a shopper agreed to pay when sent to the hosted payment page: the cart's lines, the
/// address, shipping, tax and totals, frozen. The order is made from it once the payment is
/// reported, whatever happened to the cart or the catalog meanwhile. A draft is identified by its
/// <see cref="Fingerprint"/>, so submitting the same checkout twice reuses one payment page.
/// </summary>
public sealed class CheckoutDraft : ITenantOwned
{
    public Guid TenantId { get; set; }

    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>SHA-256 (hex) of the cart, its version and everything the shopper entered.</summary>
    public required string Fingerprint { get; set; }

    public Guid CartId { get; set; }

    /// <summary>The cart's <c>UpdatedAt</c> when the draft was made: the cart is emptied after payment only if unchanged since.</summary>
    public DateTimeOffset CartVersion { get; set; }

    public required string Email { get; set; }

    public Guid? UserId { get; set; }

    public Guid? CouponId { get; set; }

    public string? CouponCode { get; set; }

    public string ShippingMethod { get; set; } = "";

    public string TaxLabel { get; set; } = "";

    /// <summary>The address, as JSON (<see cref="PostalAddress"/>).</summary>
    public string AddressJson { get; set; } = "{}";

    /// <summary>The lines, as JSON (<see cref="CheckoutDraftLine"/>).</summary>
    public string LinesJson { get; set; } = "[]";

    public string Currency { get; set; } = "USD";

    public long SubtotalMinor { get; set; }

    public long DiscountMinor { get; set; }

    public long ShippingMinor { get; set; }

    public long TaxMinor { get; set; }

    public long TotalMinor { get; set; }

    /// <summary>The hosted payment page opened for the draft, once the processor answered.</summary>
    public string? SessionId { get; set; }

    public string? SessionUrl { get; set; }

    /// <summary>The storefront's root as the shopper reached it (ends in a slash), for links in emails sent later.</summary>
    public string StorefrontUrl { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public Amount Total => new(TotalMinor, Currency);
}

/// <summary>One line of a <see cref="CheckoutDraft"/>.</summary>
/// <param name="VariantId">The variant bought.</param>
/// <param name="ProductId">Its product.</param>
/// <param name="Title">Product and options.</param>
/// <param name="Sku">Stock-keeping unit, if set.</param>
/// <param name="Quantity">Units.</param>
/// <param name="UnitPriceMinor">The variant's one-time price of one unit, in the draft's currency.</param>
/// <param name="DueNowMinor">What the line costs at checkout; absent from drafts frozen before purchase options, where it is unit price times quantity.</param>
/// <param name="PurchaseOption">The purchase option's key; null for a one-time purchase.</param>
/// <param name="OptionLabel">The option as the shopper chose it.</param>
/// <param name="OptionTerms">What follows, as the shopper was told ("Then $18.00 every 2 weeks after a 14-day trial.").</param>
/// <param name="RecurringMinor">What the line costs at each renewal.</param>
public sealed record CheckoutDraftLine(
    Guid VariantId, Guid ProductId, string Title, string? Sku, int Quantity, long UnitPriceMinor,
    long? DueNowMinor, string? PurchaseOption, string? OptionLabel, string? OptionTerms, long? RecurringMinor)
{
    /// <summary>What the line cost at checkout.</summary>
    [JsonIgnore]
    public long LineTotalMinor => DueNowMinor ?? checked(UnitPriceMinor * Quantity);
}
