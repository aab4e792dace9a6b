using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Core.Content;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Text;

namespace WalkingDrum.Commerce.Services;

/// <summary>A collection staged on the DbContext, with the products whose membership changed.</summary>
/// <param name="Collection">The tracked collection.</param>
/// <param name="WasVisible">It was published before this change.</param>
/// <param name="AffectedProducts">Products that joined or left it, or all its members when its slug or visibility changed.</param>
public sealed record StagedCollection(Collection Collection, bool WasVisible, IReadOnlyList<Guid> AffectedProducts);

/// <summary>Validates one collection's fields (slug unique in the shop) and stages them without saving.</summary>
public sealed class CollectionStaging(WalkingDrumDbContext db, IStorefrontRedirects redirects, TimeProvider clock)
{
    public async Task<StagedCollection?> StageAsync(Collection? existing, CollectionInput input, CatalogErrors errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(errors);
        var id = existing?.Id ?? Guid.CreateVersion7();
        var title = CatalogText.Line(input.Title, nameof(CollectionInput.Title), ProductRules.MaxTitle, "Enter a title.", errors);
        var slug = await SlugAsync(input.Slug, title, id, errors, cancellationToken);
        var description = MerchantHtml.Sanitize(input.Description);
        if (description.Length > ProductRules.MaxDescription)
        {
            errors.Add(nameof(CollectionInput.Description), "Shorten the description to at most 100,000 characters.");
        }

        var members = input.ProductIds?.Distinct().ToArray();
        if (members is { Length: > 0 })
        {
            var known = await db.Set<Product>().Where(p => members.Contains(p.Id)).CountAsync(cancellationToken);
            if (known != members.Length)
            {
                errors.Add(nameof(CollectionInput.ProductIds), "Some of the chosen products no longer exist; reload the page and choose again.");
            }
        }

        if (!errors.IsEmpty)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var collection = existing ?? db.Add(new Collection { Id = id, Title = title!, Slug = slug!, CreatedAt = now }).Entity;
        var wasVisible = existing?.IsPublished == true;
        var moved = existing is not null && !string.Equals(existing.Slug, slug, StringComparison.Ordinal);
        if (wasVisible && moved)
        {
            await redirects.AddAsync(CatalogPaths.Collection(existing!.Slug), CatalogPaths.Collection(slug!), cancellationToken);
        }

        var visibilityChanged = wasVisible != input.Published;
        collection.Title = title!;
        collection.Slug = slug!;
        collection.DescriptionHtml = description;
        collection.IsPublished = input.Published;
        collection.UpdatedAt = now;
        var affected = members is null ? [] : await StageMembersAsync(id, existing is null, members, cancellationToken);
        if (existing is not null && (moved || visibilityChanged))
        {
            affected = [.. affected.Union(await db.Set<CollectionProduct>().Where(m => m.CollectionId == id).Select(m => m.ProductId).ToListAsync(cancellationToken))];
        }

        return new StagedCollection(collection, wasVisible, affected);
    }

    private async Task<string?> SlugAsync(string? value, string? title, Guid id, CatalogErrors errors, CancellationToken cancellationToken)
    {
        var wanted = value?.Trim().ToLowerInvariant() ?? "";
        var fromTitle = wanted.Length == 0;
        if (fromTitle)
        {
            if (title is null)
            {
                return null;
            }

            wanted = Slugs.FromTitle(title);
            if (wanted.Length == 0)
            {
                errors.Add(nameof(CollectionInput.Slug), "Enter a slug: the title has no letters or digits to make one from.");
                return null;
            }
        }
        else if (!Slugs.IsValid(wanted))
        {
            errors.Add(nameof(CollectionInput.Slug), $"Use lower-case letters, digits and single hyphens, at most {Slugs.MaxLength} characters (like “summer-coffees”).");
            return null;
        }

        var taken = await db.Set<Collection>().Where(c => c.Id != id && (c.Slug == wanted || c.Slug.StartsWith(wanted + "-")))
            .Select(c => c.Slug).ToListAsync(cancellationToken);
        taken.AddRange(db.Set<Collection>().Local.Where(c => c.Id != id).Select(c => c.Slug));
        var slug = SlugPicker.Pick(wanted, fromTitle, taken);
        if (slug is null)
        {
            errors.Add(nameof(CollectionInput.Slug), $"Another collection already uses the slug “{wanted}”; choose another.");
        }

        return slug;
    }

    private async Task<Guid[]> StageMembersAsync(Guid collectionId, bool isNew, Guid[] productIds, CancellationToken cancellationToken)
    {
        var set = db.Set<CollectionProduct>();
        var current = isNew ? [] : await set.Where(m => m.CollectionId == collectionId).ToListAsync(cancellationToken);
        var removed = current.Where(m => !productIds.Contains(m.ProductId)).ToArray();
        set.RemoveRange(removed);
        var added = new List<Guid>();
        for (var position = 0; position < productIds.Length; position++)
        {
            var member = current.Find(m => m.ProductId == productIds[position]);
            if (member is null)
            {
                set.Add(new CollectionProduct { CollectionId = collectionId, ProductId = productIds[position], Position = position });
                added.Add(productIds[position]);
            }
            else
            {
                member.Position = position;
            }
        }

        return [.. added, .. removed.Select(m => m.ProductId)];
    }
}
