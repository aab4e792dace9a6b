using WalkingDrum.Commerce.Models;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Tenancy;

namespace WalkingDrum.Commerce.Services.Carts;

/// <summary>What a change to the cart did, in words for the shopper.</summary>
/// <param name="Succeeded">Whether anything was written.</param>
/// <param name="Message">"Added 2 × Kenya AA — 250 g to your cart." or why nothing changed.</param>
public sealed record CartOutcome(bool Succeeded, string Message);

/// <summary>
/// The current shopper's cart (the request's signed-in user, else its cart cookie). Reading prices
/// every line from the catalog; changes are checked against the catalog and stock and written in
/// one SaveChanges, or not at all. Checkout reads the priced cart here and clears it.
/// </summary>
public sealed partial class CartService(
    WalkingDrumDbContext db, CartStore store, CartPricing pricing, PurchaseOptionQuotes options, IStoreProfileReader profiles, TimeProvider clock)
{
    /// <summary>
    /// The shopper's cart priced from the catalog now. Lines that can no longer be bought are
    /// dropped (and quantities above the stock lowered) for good, with a message for each.
    /// </summary>
    public async Task<PricedCart> ReadAsync(CancellationToken cancellationToken)
    {
        var currency = await CurrencyAsync(cancellationToken);
        var cart = await store.FindAsync(cancellationToken);
        if (cart is null)
        {
            return PricedCart.Empty(currency);
        }

        var priced = await pricing.PriceAsync(cart, currency, cancellationToken);
        if (db.ChangeTracker.HasChanges())
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return priced;
    }

    /// <summary>Units in the shopper's cart that can be bought now; writes nothing.</summary>
    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        var cart = await store.FindAsync(cancellationToken);
        if (cart is null || cart.Lines.Count == 0)
        {
            return 0;
        }

        var priced = await pricing.PriceAsync(cart, await CurrencyAsync(cancellationToken), cancellationToken);
        // The header's count must not swallow the messages the cart page shows.
        db.ChangeTracker.Clear();
        return priced.ItemCount;
    }

    /// <summary>Empties the shopper's cart (after checkout) and forgets its coupon.</summary>
    public async Task ClearAsync(CancellationToken cancellationToken) =>
        await ClearAsync(await store.FindAsync(cancellationToken), cancellationToken);

    /// <summary>Empties the cart <paramref name="cartId"/>, for work outside the shopper's request (a payment webhook).</summary>
    public async Task ClearAsync(Guid cartId, CancellationToken cancellationToken) =>
        await ClearAsync(await store.LoadByIdAsync(cartId, cancellationToken), cancellationToken);

    /// <summary>
    /// Adds <paramref name="quantity"/> units of a variant, on top of any already in the cart bought
    /// the same way: once (<paramref name="option"/> empty) or with that purchase option.
    /// </summary>
    public Task<CartOutcome> AddAsync(string? variantId, string? quantity, string? option, CancellationToken cancellationToken) =>
        ChangeAsync(variantId, quantity, CartInput.Option(option), add: true, cancellationToken);

    /// <summary>Sets the quantity of the line of a variant bought once or with <paramref name="option"/>.</summary>
    public Task<CartOutcome> UpdateAsync(string? variantId, string? quantity, string? option, CancellationToken cancellationToken) =>
        ChangeAsync(variantId, quantity, CartInput.Option(option), add: false, cancellationToken);

    /// <summary>Removes the line of a variant bought once or with <paramref name="option"/>.</summary>
    public async Task<CartOutcome> RemoveAsync(string? variantId, string? option, CancellationToken cancellationToken)
    {
        var id = CartInput.Variant(variantId);
        var key = CartInput.Option(option);
        var cart = await store.FindAsync(cancellationToken);
        var line = id is null ? null : cart?.Lines.Find(l => l.VariantId == id && l.PurchaseOption == key);
        if (cart is null || line is null)
        {
            return new(false, "That item is not in your cart.");
        }

        cart.Lines.Remove(line);
        cart.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return new(true, $"Removed {line.Title} from your cart.");
    }

    private async Task<CartOutcome> ChangeAsync(string? variantText, string? quantityText, string? option, bool add, CancellationToken cancellationToken)
    {
        var (quantity, error) = CartInput.Quantity(quantityText);
        var id = CartInput.Variant(variantText);
        if (id is null)
        {
            return new(false, CartInput.UnknownVariant);
        }

        if (error is not null)
        {
            return new(false, error);
        }

        var (variant, title) = await FindSellableAsync(id.Value, cancellationToken);
        if (variant is null)
        {
            return new(false, CartInput.UnknownVariant);
        }

        var cart = add ? await store.FindOrStageAsync(cancellationToken) : await store.FindAsync(cancellationToken);
        var line = cart?.Lines.Find(l => l.VariantId == variant.Id && l.PurchaseOption == option);
        if (cart is null || (!add && line is null))
        {
            return new(false, "That item is not in your cart.");
        }

        if (line is null && cart.Lines.Count >= CartInput.MaxLines)
        {
            db.ChangeTracker.Clear();
            return new(false, $"Your cart holds {CartInput.MaxLines} different items, the most it can. Remove one to add {title}.");
        }

        var had = line?.Quantity ?? 0;
        var wanted = add ? had + quantity : quantity;
        // Stock is the variant's, whichever ways it is bought.
        var sameVariant = cart.Lines.Where(l => l.VariantId == variant.Id && l != line).Sum(l => l.Quantity);
        var problem = StockProblem(variant, title, wanted, sameVariant + wanted, sameVariant + had, add);
        var (label, optionProblem) = problem is null && add ? await CheckOptionAsync(variant, title, option, wanted, cancellationToken) : (null, null);
        if ((problem ?? optionProblem) is { } refused)
        {
            db.ChangeTracker.Clear();
            return new(false, refused);
        }

        var now = clock.GetUtcNow();
        if (line is null)
        {
            cart.Lines.Add(new CartLine { VariantId = variant.Id, PurchaseOption = option, Quantity = wanted, Title = title, AddedAt = now });
        }
        else
        {
            line.Quantity = wanted;
            line.Title = title;
        }

        cart.UpdatedAt = now;
        var named = label is null ? title : $"{title} ({label})";
        return await SaveAsync(add ? $"Added {quantity} × {named} to your cart." : $"{title}: quantity set to {wanted}.", cancellationToken);
    }
}
