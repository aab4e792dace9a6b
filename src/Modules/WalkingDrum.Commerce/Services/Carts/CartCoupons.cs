using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Services.Coupons;

namespace WalkingDrum.Commerce.Services.Carts;

public sealed partial class CartService
{
    /// <summary>Applies a code to the shopper's cart when it gives a discount now; otherwise says why not and writes nothing.</summary>
    public async Task<CartOutcome> ApplyCouponAsync(string? code, CancellationToken cancellationToken)
    {
        var typed = code?.Trim() ?? "";
        if (typed.Length == 0)
        {
            return new(false, "Enter a code.");
        }

        // Anything that cannot be a code is not looked up, and is shown back shortened.
        if (!CouponRules.IsWellFormed(typed))
        {
            return new(false, $"No code {(typed.Length > Coupon.MaxCodeLength ? typed[..Coupon.MaxCodeLength] + "…" : typed)} in this shop.");
        }

        var cart = await store.FindAsync(cancellationToken);
        if (cart is null || cart.Lines.Count == 0)
        {
            return new(false, "Add something to your cart before using a code.");
        }

        var normalized = CouponRules.Normalize(typed);
        var coupon = await db.Set<Coupon>().AsNoTracking().FirstOrDefaultAsync(c => c.NormalizedCode == normalized, cancellationToken);
        if (coupon is null)
        {
            db.ChangeTracker.Clear();
            return new(false, $"No code {typed} in this shop.");
        }

        var priced = await pricing.PriceAsync(cart, await CurrencyAsync(cancellationToken), cancellationToken);
        var check = CouponRules.Check(coupon, priced.Subtotal, clock.GetUtcNow());
        if (!check.Applies)
        {
            db.ChangeTracker.Clear();
            return new(false, check.Problem!);
        }

        cart.CouponCode = normalized;
        cart.UpdatedAt = clock.GetUtcNow();
        return await SaveAsync($"Code {coupon.Code} applied: {check.Discount.ToDisplayString()} off.", cancellationToken);
    }

    public async Task<CartOutcome> RemoveCouponAsync(CancellationToken cancellationToken)
    {
        var cart = await store.FindAsync(cancellationToken);
        if (cart?.CouponCode is null)
        {
            return new(false, "Your cart has no code to remove.");
        }

        cart.CouponCode = null;
        cart.UpdatedAt = clock.GetUtcNow();
        return await SaveAsync("Code removed.", cancellationToken);
    }
}
