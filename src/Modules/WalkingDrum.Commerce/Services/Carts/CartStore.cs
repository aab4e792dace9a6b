using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Core.Data;

namespace WalkingDrum.Commerce.Services.Carts;

/// <summary>
/// Finds the current shopper's cart: the signed-in user's, or the one the cart cookie names. The
/// first time a signed-in shopper still carries an anonymous cart, the two are merged (lines of the
/// same variant and purchase option summed, capped at stock) and the anonymous cart and its cookie are gone.
/// </summary>
public sealed class CartStore(WalkingDrumDbContext db, IHttpContextAccessor accessor, TimeProvider clock)
{
    private string? _newToken;

    private HttpContext Http => accessor.HttpContext ?? throw new InvalidOperationException("The shopper's cart needs a request.");

    /// <summary>The shopper's cart with its lines (tracked), or null when there is none yet.</summary>
    public async Task<Cart?> FindAsync(CancellationToken cancellationToken)
    {
        var http = Http;
        var userId = CartCookie.UserId(http);
        var token = CartCookie.Read(http);
        if (userId is null)
        {
            return token is null ? null : await LoadAnonymousAsync(CartCookie.Hash(token), cancellationToken);
        }

        var own = await LoadAsync(c => c.UserId == userId, cancellationToken);
        if (token is null)
        {
            return own;
        }

        // The cookie is spent whatever happens next: it belonged to the shopper before signing in.
        CartCookie.Delete(http);
        var anonymous = await LoadAnonymousAsync(CartCookie.Hash(token), cancellationToken);
        if (anonymous is null)
        {
            return own;
        }

        try
        {
            var merged = await MergeAsync(anonymous, own, userId.Value, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return merged;
        }
        catch (DbUpdateException) when (!cancellationToken.IsCancellationRequested)
        {
            // Another request of the same shopper merged first; its result is the cart.
            db.ChangeTracker.Clear();
            return await LoadAsync(c => c.UserId == userId, cancellationToken);
        }
    }

    /// <summary>The shopper's cart, staged as a new one when there is none (the caller saves, then calls <see cref="Commit"/>).</summary>
    public async Task<Cart> FindOrStageAsync(CancellationToken cancellationToken)
    {
        var cart = await FindAsync(cancellationToken);
        if (cart is not null)
        {
            return cart;
        }

        var now = clock.GetUtcNow();
        cart = new Cart { CreatedAt = now, UpdatedAt = now, UserId = CartCookie.UserId(Http) };
        if (cart.UserId is null)
        {
            _newToken = CartCookie.NewToken();
            cart.TokenHash = CartCookie.Hash(_newToken);
        }

        db.Add(cart);
        return cart;
    }

    /// <summary>After a successful save: hands a new anonymous cart's token to the shopper.</summary>
    public void Commit()
    {
        if (_newToken is not null)
        {
            CartCookie.Write(Http, _newToken);
            _newToken = null;
        }
    }

    public Task<Cart?> LoadByIdAsync(Guid cartId, CancellationToken cancellationToken) => LoadAsync(c => c.Id == cartId, cancellationToken);

    private Task<Cart?> LoadAnonymousAsync(string hash, CancellationToken cancellationToken) =>
        LoadAsync(c => c.TokenHash == hash && c.UserId == null, cancellationToken);

    private Task<Cart?> LoadAsync(System.Linq.Expressions.Expression<Func<Cart, bool>> match, CancellationToken cancellationToken) =>
        db.Set<Cart>().Include(c => c.Lines).FirstOrDefaultAsync(match, cancellationToken);

    private async Task<Cart> MergeAsync(Cart anonymous, Cart? own, Guid userId, CancellationToken cancellationToken)
    {
        if (own is null)
        {
            anonymous.UserId = userId;
            anonymous.TokenHash = null;
            anonymous.UpdatedAt = clock.GetUtcNow();
            return anonymous;
        }

        var ids = anonymous.Lines.Select(l => l.VariantId).ToList();
        var stock = await db.Set<ProductVariant>().AsNoTracking().Where(v => ids.Contains(v.Id))
            .ToDictionaryAsync(v => v.Id, v => v.TrackInventory ? v.Stock : (int?)null, cancellationToken);
        foreach (var line in anonymous.Lines)
        {
            var existing = own.Lines.Find(l => l.VariantId == line.VariantId && l.PurchaseOption == line.PurchaseOption);
            var sum = Math.Min((existing?.Quantity ?? 0) + line.Quantity, CartInput.MaxQuantity);
            // Sold-out lines keep one unit so the next read drops them with a message instead of silently.
            var quantity = stock.GetValueOrDefault(line.VariantId) is { } onHand ? Math.Min(sum, Math.Max(onHand, 1)) : sum;
            if (existing is null)
            {
                own.Lines.Add(new CartLine
                {
                    VariantId = line.VariantId, PurchaseOption = line.PurchaseOption, Quantity = quantity, Title = line.Title, AddedAt = line.AddedAt,
                });
            }
            else
            {
                existing.Quantity = quantity;
            }
        }

        own.CouponCode ??= anonymous.CouponCode;
        own.UpdatedAt = clock.GetUtcNow();
        db.Remove(anonymous);
        return own;
    }
}
