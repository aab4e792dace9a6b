using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Services.Coupons;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Money;

namespace WalkingDrum.Commerce.Services.Carts;

/// <summary>
/// Prices a cart from the catalog as it is now, and its option lines from their quotes. Lines that
/// can no longer be bought are removed from the tracked cart and quantities above the stock are
/// lowered, each with a message; the caller decides whether to save those changes.
/// </summary>
public sealed class CartPricing(WalkingDrumDbContext db, PurchaseOptionQuotes options, TimeProvider clock)
{
    /// <summary>"Kenya AA — 250 g", or just the title for a product without options.</summary>
    public static string LineTitle(Product product, ProductVariant variant) =>
        variant.OptionValues.Count == 0 ? product.Title : $"{product.Title} — {string.Join(" / ", variant.OptionValues)}";

    public async Task<PricedCart> PriceAsync(Cart cart, string currency, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cart);
        var messages = new List<string>();
        var sellable = await SellableAsync(cart, currency, messages, cancellationToken);
        var optionLines = sellable.Where(s => s.Line.PurchaseOption is not null).ToList();
        var quoted = await options.QuoteAsync(
            [.. optionLines.Select(s => new PurchaseOptionRequest(s.Product.Id, s.Variant.Id, s.Line.PurchaseOption!, s.Variant.Price, s.Line.Quantity))],
            cancellationToken);
        var quotes = optionLines.Select((s, i) => (s.Line, Quote: quoted[i])).ToDictionary(q => q.Line, q => q.Quote);

        var lines = new List<PricedCartLine>();
        foreach (var (line, variant, product, title) in sellable)
        {
            PricedPurchaseOption? option = null;
            var total = variant.Price * line.Quantity;
            if (line.PurchaseOption is { } key)
            {
                if (quotes[line] is not { } quote)
                {
                    messages.Add($"{title}: the plan you chose is no longer offered, so it was removed from your cart.");
                    cart.Lines.Remove(line);
                    continue;
                }

                option = new PricedPurchaseOption(key, quote.Label, quote.Recurring, quote.Terms);
                total = quote.DueNow;
            }

            lines.Add(new PricedCartLine(variant.Id, product.Id, title, variant.Sku, product.Slug, variant.Price, line.Quantity,
                total, variant.TrackInventory ? variant.Stock : null, option));
        }

        var subtotal = lines.Aggregate(Amount.Zero(currency), (sum, l) => sum + l.LineTotal);
        var (coupon, discount) = await CouponAsync(cart, subtotal, messages, cancellationToken);
        return new PricedCart(cart.Id, currency, lines, subtotal, coupon, discount, subtotal - discount, messages);
    }

    // The lines whose variant can still be bought as they are, stock permitting.
    private async Task<List<(CartLine Line, ProductVariant Variant, Product Product, string Title)>> SellableAsync(
        Cart cart, string currency, List<string> messages, CancellationToken cancellationToken)
    {
        var ids = cart.Lines.Select(l => l.VariantId).ToList();
        var variants = await db.Set<ProductVariant>().AsNoTracking().Where(v => ids.Contains(v.Id)).ToDictionaryAsync(v => v.Id, cancellationToken);
        var productIds = variants.Values.Select(v => v.ProductId).Distinct().ToList();
        var products = await db.Set<Product>().AsNoTracking()
            .Where(p => productIds.Contains(p.Id) && p.Status == ProductStatus.Active).ToDictionaryAsync(p => p.Id, cancellationToken);
        var boughtOnce = cart.Lines.Where(l => l.PurchaseOption is null).Select(l => variants.GetValueOrDefault(l.VariantId)?.ProductId)
            .OfType<Guid>().Distinct().ToList();
        var optionOnly = await options.RequiringOptionAsync(boughtOnce, cancellationToken);

        var sellable = new List<(CartLine, ProductVariant, Product, string)>();
        foreach (var line in cart.Lines.OrderBy(l => l.AddedAt).ToList())
        {
            var variant = variants.GetValueOrDefault(line.VariantId);
            var product = variant is null ? null : products.GetValueOrDefault(variant.ProductId);
            if (variant is null || product is null || !string.Equals(variant.Currency, currency, StringComparison.Ordinal))
            {
                messages.Add($"{line.Title} is no longer available and was removed from your cart.");
                cart.Lines.Remove(line);
                continue;
            }

            var title = LineTitle(product, variant);
            if (line.PurchaseOption is null && optionOnly.Contains(product.Id))
            {
                messages.Add($"{title} is now sold by subscription only and was removed from your cart. Choose a plan on its page.");
                cart.Lines.Remove(line);
                continue;
            }

            if (variant.TrackInventory && variant.Stock <= 0)
            {
                messages.Add($"{title} sold out and was removed from your cart.");
                cart.Lines.Remove(line);
                continue;
            }

            if (variant.TrackInventory && line.Quantity > variant.Stock)
            {
                messages.Add($"Only {variant.Stock} left of {title}, so your cart now holds {variant.Stock}.");
                line.Quantity = variant.Stock;
            }

            line.Title = title;
            sellable.Add((line, variant, product, title));
        }

        return sellable;
    }

    private async Task<(AppliedCoupon?, Amount)> CouponAsync(Cart cart, Amount subtotal, List<string> messages, CancellationToken cancellationToken)
    {
        var none = Amount.Zero(subtotal.Currency);
        if (cart.CouponCode is not { } code)
        {
            return (null, none);
        }

        var coupon = await db.Set<Coupon>().AsNoTracking().FirstOrDefaultAsync(c => c.NormalizedCode == code, cancellationToken);
        if (coupon is null)
        {
            messages.Add($"The code {code} no longer exists and was removed.");
            cart.CouponCode = null;
            return (null, none);
        }

        var check = CouponRules.Check(coupon, subtotal, clock.GetUtcNow());
        return (new AppliedCoupon(coupon.Id, coupon.Code, coupon.Duration, coupon.DurationCycles, check.Problem), check.Discount);
    }
}
