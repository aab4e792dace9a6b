using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Models;

namespace WalkingDrum.Commerce.Services.Carts;

public sealed partial class CartService
{
    /// <summary>
    /// What an addition that needs the shopper's confirmation would add: its variant's title and
    /// the quantity, or the reason it could not be added anyway. Writes nothing.
    /// </summary>
    public async Task<(string? Title, int Quantity, string? Error)> DescribeAdditionAsync(
        string? variantText, string? quantityText, string? optionText, CancellationToken cancellationToken)
    {
        var id = CartInput.Variant(variantText);
        var (quantity, error) = CartInput.Quantity(quantityText);
        var (variant, title) = id is null ? (null, "") : await FindSellableAsync(id.Value, cancellationToken);
        if (variant is null || error is not null)
        {
            return (null, 0, variant is null ? CartInput.UnknownVariant : error);
        }

        var (label, problem) = await CheckOptionAsync(variant, title, CartInput.Option(optionText), quantity, cancellationToken);
        return problem is not null ? (null, 0, problem) : (label is null ? title : $"{title} ({label})", quantity, null);
    }

    /// <summary>
    /// Whether the variant can be bought the way the shopper chose: once, unless its product is
    /// sold by subscription only; or with an option the shop offers for it now. Gives the option's label.
    /// </summary>
    private async Task<(string? Label, string? Problem)> CheckOptionAsync(
        ProductVariant variant, string title, string? option, int quantity, CancellationToken cancellationToken)
    {
        if (option is null)
        {
            var optionOnly = await options.RequiringOptionAsync([variant.ProductId], cancellationToken);
            return optionOnly.Contains(variant.ProductId) ? (null, $"{title} is sold by subscription only. Choose a plan to add it to your cart.") : (null, null);
        }

        // A key longer than any line keeps is no key the shop handed out.
        var quote = option.Length > CartLine.MaxPurchaseOptionLength ? null
            : (await options.QuoteAsync([new PurchaseOptionRequest(variant.ProductId, variant.Id, option, variant.Price, quantity)], cancellationToken))[0];
        return quote is null ? (null, $"That plan isn’t offered for {title}. Please choose another.") : (quote.Label, null);
    }

    // The query filter keeps another shop's variant out of reach, so its id reads as unknown.
    private async Task<(ProductVariant? Variant, string Title)> FindSellableAsync(Guid id, CancellationToken cancellationToken)
    {
        var variant = await db.Set<ProductVariant>().AsNoTracking().FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
        var product = variant is null ? null
            : await db.Set<Product>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == variant.ProductId && p.Status == ProductStatus.Active, cancellationToken);
        var currency = await CurrencyAsync(cancellationToken);
        return variant is null || product is null || !string.Equals(variant.Currency, currency, StringComparison.Ordinal)
            ? (null, "")
            : (variant, CartPricing.LineTitle(product, variant));
    }

    // wanted and had count every line of the variant; the line's own limit is CartInput.MaxQuantity.
    private static string? StockProblem(ProductVariant variant, string title, int line, int wanted, int had, bool add)
    {
        if (line > CartInput.MaxQuantity)
        {
            return $"You can have at most {CartInput.MaxQuantity} of one item in your cart.";
        }

        if (!variant.TrackInventory || variant.Stock >= wanted)
        {
            return null;
        }

        if (variant.Stock <= 0)
        {
            return $"{title} is sold out.";
        }

        return add && had > 0
            ? $"Only {variant.Stock} left of {title}, and your cart already holds {had}."
            : $"Only {variant.Stock} left of {title}.";
    }

    private async Task<CartOutcome> SaveAsync(string message, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (!cancellationToken.IsCancellationRequested)
        {
            // The same cart changed in another request at this moment; nothing of ours was written.
            db.ChangeTracker.Clear();
            return new(false, "Your cart changed at the same moment. Please try again.");
        }

        store.Commit();
        return new(true, message);
    }

    private async Task ClearAsync(Cart? cart, CancellationToken cancellationToken)
    {
        if (cart is null)
        {
            return;
        }

        cart.Lines.Clear();
        cart.CouponCode = null;
        cart.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<string> CurrencyAsync(CancellationToken cancellationToken) => (await profiles.GetAsync(cancellationToken)).Currency;
}
