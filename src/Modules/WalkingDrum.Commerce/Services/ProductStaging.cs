using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Core.Content;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Tenancy;

namespace WalkingDrum.Commerce.Services;

/// <summary>A product staged on the DbContext, and whether shoppers could see it before.</summary>
/// <param name="Product">The tracked product (added or modified), variants and tags included.</param>
/// <param name="WasVisible">It was published before this change.</param>
public sealed record StagedProduct(Product Product, bool WasVisible);

/// <summary>
/// Applies one product's fields with every rule, including those that need the database (slug and
/// SKU unique in the shop, collections that exist), and stages the result on the scoped DbContext
/// without saving. The admin, recipes and imports share it; staged but unsaved products of the
/// same batch count as taken too.
/// </summary>
public sealed class ProductStaging(
    WalkingDrumDbContext db,
    IStoreProfileReader profiles,
    IStorefrontRedirects redirects,
    ProductFieldStaging fields,
    TimeProvider clock)
{
    /// <summary>
    /// Stages <paramref name="input"/> onto <paramref name="existing"/> (tracked, with variants and
    /// tags), or as a new product with id <paramref name="newId"/>; <see langword="null"/> when
    /// <paramref name="errors"/> received problems, in which case nothing was staged.
    /// </summary>
    public async Task<StagedProduct?> StageAsync(Product? existing, Guid newId, ProductInput input, CatalogErrors errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(errors);
        var currency = (await profiles.GetAsync(cancellationToken)).Currency;
        var valid = ProductRules.Validate(input, currency, errors);
        var productId = existing?.Id ?? newId;
        // The database checks run even when the rules failed, so every problem shows at once.
        var slug = valid is null ? null : await FreeSlugAsync(valid, productId, errors, cancellationToken);
        await CheckSkusAsync(input.Variants.Select(v => v.Sku?.Trim()).ToArray(), productId, errors, cancellationToken);
        var collections = await CollectionIdsAsync(ProductRules.CollectionSlugs(input.Collections), errors, cancellationToken);
        if (valid is null || !errors.IsEmpty)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var product = existing ?? db.Add(new Product { Id = newId, Title = valid.Title, Slug = slug!, CreatedAt = now }).Entity;
        var wasVisible = existing?.Status == ProductStatus.Active;
        if (wasVisible && !string.Equals(existing!.Slug, slug, StringComparison.Ordinal))
        {
            await redirects.AddAsync(CatalogPaths.Product(existing.Slug), CatalogPaths.Product(slug!), cancellationToken);
        }

        product.Title = valid.Title;
        product.Slug = slug!;
        product.DescriptionHtml = valid.DescriptionHtml;
        if (valid.Status == ProductStatus.Active && (!wasVisible || product.PublishedAt is null))
        {
            product.PublishedAt = now;
        }

        product.Status = valid.Status;
        product.Option1Name = valid.Options.ElementAtOrDefault(0);
        product.Option2Name = valid.Options.ElementAtOrDefault(1);
        product.Option3Name = valid.Options.ElementAtOrDefault(2);
        product.UpdatedAt = now;
        VariantStaging.Apply(db, product, valid.Variants);
        ApplyTags(product, valid.Tags);

        await ApplyCollectionsAsync(product.Id, existing is null, collections, cancellationToken);
        if (valid.Fields is not null)
        {
            await fields.StageAsync(product.Id, existing is null, valid.Fields, cancellationToken);
        }

        return new StagedProduct(product, wasVisible);
    }

    private async Task<string?> FreeSlugAsync(ValidProduct valid, Guid productId, CatalogErrors errors, CancellationToken cancellationToken)
    {
        var others = db.Set<Product>().Where(p => p.Id != productId);
        var local = db.Set<Product>().Local.Where(p => p.Id != productId).Select(p => p.Slug).ToList();
        // The exact match uses the unique index; only a taken slug made from the title needs the
        // wider look for free suffixes.
        if (!local.Contains(valid.Slug, StringComparer.Ordinal) && !await others.AnyAsync(p => p.Slug == valid.Slug, cancellationToken))
        {
            return valid.Slug;
        }

        var taken = valid.SlugFromTitle
            ? await others.Where(p => p.Slug.StartsWith(valid.Slug + "-")).Select(p => p.Slug).ToListAsync(cancellationToken)
            : [];
        var slug = SlugPicker.Pick(valid.Slug, valid.SlugFromTitle, [valid.Slug, .. taken, .. local]);
        if (slug is null)
        {
            errors.Add(nameof(ProductInput.Slug), $"Another product already uses the slug “{valid.Slug}”; choose another.");
        }

        return slug;
    }

    private async Task CheckSkusAsync(string?[] wanted, Guid productId, CatalogErrors errors, CancellationToken cancellationToken)
    {
        var skus = wanted.Where(s => !string.IsNullOrEmpty(s)).Select(s => s!).Distinct(StringComparer.Ordinal).ToArray();
        if (skus.Length == 0)
        {
            return;
        }

        var taken = await db.Set<ProductVariant>().Where(v => v.ProductId != productId && skus.Contains(v.Sku!))
            .Select(v => v.Sku!).ToListAsync(cancellationToken);
        taken.AddRange(db.Set<ProductVariant>().Local.Where(v => v.ProductId != productId && v.Sku is not null).Select(v => v.Sku!));
        for (var i = 0; i < wanted.Length; i++)
        {
            if (wanted[i] is { Length: > 0 } sku && taken.Contains(sku, StringComparer.Ordinal))
            {
                errors.Add($"{nameof(ProductInput.Variants)}[{i}].{nameof(VariantInput.Sku)}", $"Another product already uses SKU {sku}.");
            }
        }
    }

    private async Task<Guid[]> CollectionIdsAsync(IReadOnlyList<string> slugs, CatalogErrors errors, CancellationToken cancellationToken)
    {
        if (slugs.Count == 0)
        {
            return [];
        }

        var known = await db.Set<Collection>().Where(c => slugs.Contains(c.Slug)).Select(c => new { c.Id, c.Slug }).ToListAsync(cancellationToken);
        known.AddRange(db.Set<Collection>().Local.Where(c => slugs.Contains(c.Slug)).Select(c => new { c.Id, c.Slug }));
        foreach (var missing in slugs.Where(s => !known.Exists(k => k.Slug == s)))
        {
            errors.Add(nameof(ProductInput.Collections), $"There is no collection “{CatalogText.Shorten(missing)}”.");
        }

        return known.Select(k => k.Id).Distinct().ToArray();
    }

    private void ApplyTags(Product product, IReadOnlyList<string> tags)
    {
        foreach (var removed in product.Tags.Where(t => !tags.Contains(t.Tag, StringComparer.Ordinal)).ToArray())
        {
            product.Tags.Remove(removed);
            db.Remove(removed);
        }

        foreach (var tag in tags.Where(t => !product.Tags.Exists(existing => existing.Tag == t)).ToArray())
        {
            product.Tags.Add(db.Add(new ProductTag { ProductId = product.Id, Tag = tag }).Entity);
        }
    }

    private async Task ApplyCollectionsAsync(Guid productId, bool isNew, Guid[] collectionIds, CancellationToken cancellationToken)
    {
        var members = db.Set<CollectionProduct>();
        var current = isNew ? [] : await members.Where(m => m.ProductId == productId).ToListAsync(cancellationToken);
        members.RemoveRange(current.Where(m => !collectionIds.Contains(m.CollectionId)));
        var added = collectionIds.Where(id => !current.Exists(m => m.CollectionId == id)).ToArray();
        // New members go to the end of each collection (the position index answers the maximum).
        foreach (var collectionId in added)
        {
            var end = await members.Where(m => m.CollectionId == collectionId).MaxAsync(m => (int?)m.Position, cancellationToken) ?? -1;
            var local = members.Local.Where(m => m.CollectionId == collectionId).Select(m => m.Position).DefaultIfEmpty(-1).Max();
            members.Add(new CollectionProduct { CollectionId = collectionId, ProductId = productId, Position = Math.Max(end, local) + 1 });
        }
    }
}
