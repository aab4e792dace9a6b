using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Services.Checkout;
using WalkingDrum.Core.Email;
using WalkingDrum.Core.Tenancy;
using WalkingDrum.Theme.Services;

namespace WalkingDrum.Commerce.Services.Orders;

/// <summary>
/// The shopper's order confirmation email, queued in the outbox inside the transaction that makes
/// the order: it is sent once the order is committed, and never for an order rolled back.
/// </summary>
public sealed class OrderConfirmation(IEmailSender email, IStoreProfileReader profiles)
{
    private static readonly LiquidEmailTemplates Templates = new(typeof(OrderConfirmation).Assembly, "WalkingDrum.Commerce.Emails.");

    /// <summary>Queues the email of <paramref name="order"/>; <paramref name="storefrontUrl"/> is the shop's root as the shopper knew it.</summary>
    public async Task QueueAsync(Order order, string storefrontUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        var profile = await profiles.GetAsync(cancellationToken);
        var message = await Templates.RenderAsync("order-confirmation", order.Email, Values(order, profile, storefrontUrl + CheckoutPaths.Complete(order.CheckoutSessionId)));
        await email.EnqueueAsync(message, cancellationToken);
    }

    private static Dictionary<string, object?> Values(Order order, StoreProfile profile, string orderUrl) => new()
    {
        ["store_name"] = profile.Name,
        ["contact_email"] = profile.ContactEmail,
        ["is_test"] = order.IsTest,
        ["number"] = order.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["name"] = order.ShippingName,
        ["lines"] = order.Lines.OrderBy(l => l.Position).Select(l => new Dictionary<string, object?>
        {
            ["title"] = l.Title,
            ["quantity"] = l.Quantity,
            ["line_total"] = l.LineTotal.ToDisplayString(),
        }).ToList(),
        ["subtotal"] = order.Subtotal.ToDisplayString(),
        ["discount"] = order.DiscountMinor > 0 ? order.Discount.ToDisplayString() : "",
        ["coupon"] = order.CouponCode ?? "",
        ["shipping_method"] = order.ShippingMethod,
        ["shipping"] = order.ShippingMinor > 0 ? order.Shipping.ToDisplayString() : "Free",
        ["tax_label"] = order.TaxLabel,
        ["tax"] = order.TaxMinor > 0 ? order.Tax.ToDisplayString() : "",
        ["total"] = order.Total.ToDisplayString(),
        ["address"] = order.ShippingAddress.Lines.Select(line => line == order.ShippingCountry ? Countries.Name(line) : line).ToList(),
        ["order_url"] = orderUrl,
    };
}
