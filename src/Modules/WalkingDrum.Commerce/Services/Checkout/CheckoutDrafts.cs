using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Services.Carts;
using WalkingDrum.Core.Data;

namespace WalkingDrum.Commerce.Services.Checkout;

/// <summary>
/// Freezes a priced cart and the shopper's details into a <see cref="CheckoutDraft"/>, once per
/// fingerprint: submitting the same checkout again (a double click, a retry after a timeout, a
/// reload) finds the draft already made, and with it the same payment page.
/// </summary>
public sealed class CheckoutDrafts(WalkingDrumDbContext db, TimeProvider clock)
{
    // Payment pages expire after a day; a draft is reused for half of that, then a new one opens a fresh page.
    private static readonly TimeSpan ReuseWindow = TimeSpan.FromHours(12);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The draft for this exact checkout, made now unless it exists.</summary>
    public async Task<CheckoutDraft> FindOrCreateAsync(
        PricedCart cart, DateTimeOffset cartVersion, ValidCheckout checkout, CheckoutQuote quote, Guid? userId, string storefrontUrl,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cart);
        ArgumentNullException.ThrowIfNull(checkout);
        ArgumentNullException.ThrowIfNull(quote);
        var now = clock.GetUtcNow();
        var coupon = cart.Coupon is { Problem: null } applied ? applied : null;
        var lines = cart.Lines.Select(l => new CheckoutDraftLine(
            l.VariantId, l.ProductId, l.Title, l.Sku, l.Quantity, l.UnitPrice.MinorUnits, l.LineTotal.MinorUnits,
            l.Option?.Key, l.Option?.Label, l.Option?.Terms, l.Option?.Recurring.MinorUnits)).ToArray();
        var fingerprint = Fingerprint(cart.CartId!.Value, cartVersion, checkout, quote, userId, lines, now.ToUnixTimeMilliseconds() / (long)ReuseWindow.TotalMilliseconds);
        var existing = await FindAsync(fingerprint, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var draft = new CheckoutDraft
        {
            Fingerprint = fingerprint,
            CartId = cart.CartId.Value,
            CartVersion = cartVersion,
            Email = checkout.Email,
            UserId = userId,
            CouponId = coupon?.CouponId,
            CouponCode = coupon?.Code,
            ShippingMethod = quote.ShippingMethod,
            TaxLabel = quote.TaxLabel,
            AddressJson = JsonSerializer.Serialize(checkout.Address, Json),
            LinesJson = JsonSerializer.Serialize(lines, Json),
            Currency = quote.Total.Currency,
            SubtotalMinor = quote.Subtotal.MinorUnits,
            DiscountMinor = quote.Discount.MinorUnits,
            ShippingMinor = quote.Shipping.MinorUnits,
            TaxMinor = quote.Tax.MinorUnits,
            TotalMinor = quote.Total.MinorUnits,
            StorefrontUrl = storefrontUrl,
            CreatedAt = now,
        };
        db.Add(draft);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return draft;
        }
        catch (DbUpdateException) when (!cancellationToken.IsCancellationRequested)
        {
            // The same checkout submitted twice at once: the other request's draft is the one.
            db.Entry(draft).State = EntityState.Detached;
            return await FindAsync(fingerprint, cancellationToken)
                ?? throw new InvalidOperationException("A checkout draft could neither be saved nor found.");
        }
    }

    /// <summary>Remembers the payment page opened for <paramref name="draft"/>.</summary>
    public async Task SetSessionAsync(CheckoutDraft draft, string sessionId, Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        draft.SessionId = sessionId;
        draft.SessionUrl = url.ToString();
        await db.SaveChangesAsync(cancellationToken);
    }

    public static PostalAddress Address(CheckoutDraft draft) =>
        JsonSerializer.Deserialize<PostalAddress>(draft.AddressJson, Json) ?? throw new InvalidDataException("A checkout draft has no address.");

    public static IReadOnlyList<CheckoutDraftLine> Lines(CheckoutDraft draft) =>
        JsonSerializer.Deserialize<CheckoutDraftLine[]>(draft.LinesJson, Json) ?? [];

    private Task<CheckoutDraft?> FindAsync(string fingerprint, CancellationToken cancellationToken) =>
        db.Set<CheckoutDraft>().FirstOrDefaultAsync(d => d.Fingerprint == fingerprint, cancellationToken);

    private static string Fingerprint(
        Guid cartId, DateTimeOffset cartVersion, ValidCheckout checkout, CheckoutQuote quote, Guid? userId,
        IReadOnlyList<CheckoutDraftLine> lines, long window)
    {
        var text = new StringBuilder()
            .AppendJoin('\n', cartId, cartVersion.UtcTicks, window, userId, checkout.Email, checkout.Rate?.Id, quote.Total, JsonSerializer.Serialize(checkout.Address, Json))
            .Append('\n').AppendJoin('\n', lines.Select(LineFingerprint))
            .ToString();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    // One-time lines read as they always did, so a checkout resubmitted across an upgrade finds its draft.
    private static string LineFingerprint(CheckoutDraftLine line) => line.PurchaseOption is null
        ? string.Create(CultureInfo.InvariantCulture, $"{line.VariantId}:{line.Quantity}:{line.UnitPriceMinor}")
        : string.Create(CultureInfo.InvariantCulture,
            $"{line.VariantId}:{line.Quantity}:{line.UnitPriceMinor}:{line.PurchaseOption}:{line.DueNowMinor}:{line.RecurringMinor}:{line.OptionTerms}");
}
