using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Services.Carts;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Features;
using WalkingDrum.Subscriptions.Models;

namespace WalkingDrum.Subscriptions.Services.Plans;

/// <summary>
/// Prices cart lines bought on a plan. The option key is the plan's id (<c>Guid.ToString("N")</c>);
/// a plan that is gone, inactive, of another product, or priced in a currency the shop no longer
/// uses offers nothing, and with the <c>subscriptions</c> feature off no plan is offered at all.
/// </summary>
internal sealed class PlanPurchaseOptions(WalkingDrumDbContext db, IFeatureChecker features) : IPurchaseOptions
{
    /// <summary>The option key of a plan, as the storefront posts it.</summary>
    public static string KeyOf(Guid planId) => planId.ToString("N");

    public async Task<IReadOnlyList<PurchaseOptionQuote?>> QuoteAsync(IReadOnlyList<PurchaseOptionRequest> lines, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (!features.IsEnabled(SubscriptionsStartup.SubscriptionsFeature.Id))
        {
            return [.. lines.Select(_ => (PurchaseOptionQuote?)null)];
        }

        var ids = lines.Select(l => ParseKey(l.Option)).OfType<Guid>().Distinct().ToArray();
        var plans = ids.Length == 0 ? []
            : await db.Set<SubscriptionPlan>().AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        return [.. lines.Select(line => Quote(line, ParseKey(line.Option) is { } id ? plans.GetValueOrDefault(id) : null))];
    }

    public async Task<IReadOnlySet<Guid>> RequiringOptionAsync(IReadOnlyCollection<Guid> productIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(productIds);
        if (productIds.Count == 0 || !features.IsEnabled(SubscriptionsStartup.SubscriptionsFeature.Id))
        {
            return new HashSet<Guid>();
        }

        var ids = productIds.Distinct().ToArray();
        // A product whose plans are all inactive can still be bought once rather than not at all.
        var required = await db.Set<ProductSubscriptionSettings>()
            .Where(s => s.SubscriptionOnly && ids.Contains(s.ProductId)
                        && db.Set<SubscriptionPlan>().Any(p => p.ProductId == s.ProductId && p.IsActive))
            .Select(s => s.ProductId).ToListAsync(cancellationToken);
        return required.ToHashSet();
    }

    private static PurchaseOptionQuote? Quote(PurchaseOptionRequest line, SubscriptionPlan? plan) =>
        plan is null || !plan.IsActive || plan.ProductId != line.ProductId || line.Quantity < 1
        || !PlanPricing.CanPrice(plan, line.UnitPrice.Currency)
            ? null
            : new PurchaseOptionQuote(
                PlanPricing.Label(plan),
                PlanPricing.DueNow(plan, line.UnitPrice, line.Quantity),
                PlanPricing.RenewalCharge(plan, line.UnitPrice, line.Quantity),
                PlanPricing.Terms(plan, line.UnitPrice, line.Quantity));

    private static Guid? ParseKey(string? option) =>
        Guid.TryParseExact(option, "N", out var id) ? id : null;
}
