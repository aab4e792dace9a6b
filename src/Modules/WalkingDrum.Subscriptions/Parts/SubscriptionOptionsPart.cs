using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Services;
using WalkingDrum.Core.Content;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Features;
using WalkingDrum.Core.Tenancy;
using WalkingDrum.Subscriptions.Models;
using WalkingDrum.Subscriptions.Services.Plans;

namespace WalkingDrum.Subscriptions.Parts;

/// <summary>
/// The <c>subscriptions</c> part of products: the plans a product can be subscribed on and its
/// subscription settings, edited in the product editor, and the purchase choices on the product page.
/// </summary>
internal sealed class SubscriptionOptionsPart(WalkingDrumDbContext db, PlanStaging staging, IStoreProfileReader profiles, IFeatureChecker features)
    : IContentPart
{
    public string Name => SubscriptionOptionsEditor.Prefix;

    public string DisplayName => "Subscription options";

    public int Order => 30;

    public string EditorView => "/Pages/Shared/Parts/_SubscriptionOptions.cshtml";

    // The radios live after the add-to-cart form, so the form attribute submits them with it.
    public string? StorefrontSnippet => """
        <fieldset class="purchase-options">
          <legend>How would you like to buy?</legend>
          {% unless part.subscription_only %}<div class="purchase-option"><input type="radio" id="purchase-option-once" name="purchase_option" value="" form="add-to-cart" checked> <label for="purchase-option-once">One-time purchase</label></div>{% endunless %}
          {% for plan in part.plans %}<div class="purchase-option">
            <input type="radio" id="purchase-option-{{ plan.key }}" name="purchase_option" value="{{ plan.key }}" form="add-to-cart" aria-describedby="purchase-option-{{ plan.key }}-terms"{% if plan.checked %} checked{% endif %}>
            <label for="purchase-option-{{ plan.key }}"><span class="purchase-option-name">{{ plan.name }}</span> · <span class="purchase-option-price">{% if plan.price_varies %}from {% endif %}{{ plan.price | money }} {{ plan.interval }}</span></label>
            <ul id="purchase-option-{{ plan.key }}-terms" class="purchase-option-terms">{% for note in plan.notes %}<li>{{ note }}</li>{% endfor %}</ul>
          </div>{% endfor %}
        </fieldset>
        """;

    public bool AppliesTo(string contentType) => contentType == ContentTypes.Product;

    public async Task<object> BuildEditorAsync(string contentType, Guid? itemId, CancellationToken cancellationToken)
    {
        var currency = (await profiles.GetAsync(cancellationToken)).Currency;
        var collections = await db.Set<Collection>().AsNoTracking().OrderBy(c => c.Title)
            .Select(c => new BoxCollectionChoice(c.Slug, c.Title)).ToListAsync(cancellationToken);
        if (itemId is not { } productId)
        {
            return new SubscriptionOptionsEditor(currency, collections, false, false, "", "", "", []).WithBlankRow();
        }

        var plans = await Plans(productId).ToListAsync(cancellationToken);
        var settings = await db.Set<ProductSubscriptionSettings>().AsNoTracking().FirstOrDefaultAsync(s => s.ProductId == productId, cancellationToken);
        var boxCollection = settings?.BoxCollectionId is { } collectionId
            ? await db.Set<Collection>().Where(c => c.Id == collectionId).Select(c => c.Slug).FirstOrDefaultAsync(cancellationToken)
            : null;
        return new SubscriptionOptionsEditor(
            currency, collections, settings?.SubscriptionOnly ?? false, settings?.IsBox ?? false,
            SubscriptionOptionsEditor.Number(settings?.BoxSize), SubscriptionOptionsEditor.Number(settings?.BoxCutoffDays), boxCollection ?? "",
            [.. plans.Select(PlanRow.From)]).WithBlankRow();
    }

    public async Task UpdateAsync(ContentItemKey item, IFormCollection form, ModelStateDictionary errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (SubscriptionOptionsEditor.ReadInput(form) is not { } input)
        {
            return;
        }

        var problems = new CatalogErrors();
        var currency = (await profiles.GetAsync(cancellationToken)).Currency;
        if (PlanRules.Read(input, currency, problems) is { } values)
        {
            var isNew = !await db.Set<Product>().AnyAsync(p => p.Id == item.ItemId, cancellationToken);
            await staging.StageAsync(item.ItemId, isNew, values, problems, cancellationToken);
        }

        foreach (var (key, messages) in problems.ByField)
        {
            foreach (var message in messages)
            {
                errors.AddModelError(Name + "." + key, message);
            }
        }
    }

    public async Task<object?> BuildDropAsync(ContentItemKey item, CancellationToken cancellationToken)
    {
        if (!features.IsEnabled(SubscriptionsStartup.SubscriptionsFeature.Id))
        {
            return null;
        }

        var plans = await Plans(item.ItemId).Where(p => p.IsActive).ToListAsync(cancellationToken);
        if (plans.Count == 0)
        {
            return null;
        }

        var subscriptionOnly = await db.Set<ProductSubscriptionSettings>()
            .AnyAsync(s => s.ProductId == item.ItemId && s.SubscriptionOnly, cancellationToken);
        var prices = await db.Set<ProductVariant>().AsNoTracking().Where(v => v.ProductId == item.ItemId)
            .Select(v => new { v.PriceMinor, v.Currency }).ToListAsync(cancellationToken);
        return SubscriptionOptionsDrop.From(subscriptionOnly, plans, [.. prices.Select(p => new Core.Money.Amount(p.PriceMinor, p.Currency))]);
    }

    public Task DeleteAsync(ContentItemKey item, CancellationToken cancellationToken) =>
        staging.RemoveAllAsync(item.ItemId, cancellationToken);

    private IQueryable<SubscriptionPlan> Plans(Guid productId) =>
        db.Set<SubscriptionPlan>().AsNoTracking().Where(p => p.ProductId == productId).OrderBy(p => p.Position);
}
