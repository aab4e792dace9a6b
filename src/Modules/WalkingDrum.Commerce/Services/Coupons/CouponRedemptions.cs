using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Core.Data;

namespace WalkingDrum.Commerce.Services.Coupons;

/// <summary>The outcome of redeeming a coupon for an order.</summary>
/// <param name="Redeemed">Whether the order may keep the discount.</param>
/// <param name="Problem">Why not, fit to show the shopper.</param>
public sealed record CouponRedemption(bool Redeemed, string? Problem);

/// <summary>
/// Counts a coupon's use when an order is created. The count goes up in one UPDATE guarded by the
/// limit, so concurrent orders can never use a code more often than the merchant allowed.
/// </summary>
public sealed class CouponRedemptions(WalkingDrumDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Redeems <paramref name="couponId"/> once. Call it inside the transaction that creates the
    /// order, so a rolled-back order gives the use back.
    /// </summary>
    public async Task<CouponRedemption> TryRedeemAsync(Guid couponId, CancellationToken cancellationToken)
    {
        var coupon = await db.Set<Coupon>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == couponId, cancellationToken);
        if (coupon is null)
        {
            return new(false, "This code no longer exists.");
        }

        // Active and expiry do not race with orders; the limit does, so only it needs the guard.
        var now = clock.GetUtcNow();
        if (!coupon.Active)
        {
            return new(false, $"The code {coupon.Code} is no longer active.");
        }

        if (coupon.ExpiresAt is { } expires && now >= expires)
        {
            return new(false, $"This code expired on {CouponRules.FormatDate(expires)}.");
        }

        var updated = await db.Set<Coupon>()
            .Where(c => c.Id == couponId && c.Active && (c.RedemptionLimit == null || c.TimesRedeemed < c.RedemptionLimit))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.TimesRedeemed, c => c.TimesRedeemed + 1), cancellationToken);
        return updated == 1
            ? new(true, null)
            : new(false, "This code has been used the maximum number of times.");
    }
}
