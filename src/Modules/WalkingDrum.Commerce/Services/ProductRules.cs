using WalkingDrum.Commerce.Models;
using WalkingDrum.Core.Money;
using WalkingDrum.Core.Text;

namespace WalkingDrum.Commerce.Services;

/// <summary>A variant that passed <see cref="ProductRules"/>, normalised.</summary>
public sealed record ValidVariant(Guid? Id, IReadOnlyList<string> OptionValues, string? Sku, Amount Price, Amount? CompareAtPrice, int Stock, bool TrackInventory);

/// <summary>A product that passed <see cref="ProductRules"/>, normalised; the slug may still be taken.</summary>
public sealed record ValidProduct(
    string Title,
    string Slug,
    bool SlugFromTitle,
    string DescriptionHtml,
    ProductStatus Status,
    IReadOnlyList<string> Options,
    IReadOnlyList<ValidVariant> Variants,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Collections,
    IReadOnlyList<KeyValuePair<string, string>>? Fields);

/// <summary>
/// The rules a product must meet wherever it comes from, checked without the database (which
/// <see cref="ProductStaging"/> adds: unique slugs and SKUs, known collections). Every problem is
/// reported, not just the first.
/// </summary>
public static class ProductRules
{
    public const int MaxTitle = 200;
    public const int MaxDescription = 100_000;
    public const int MaxOptionName = 40;
    public const int MaxOptionValue = 100;
    public const int MaxSku = 64;
    public const int MaxVariants = 100;
    public const int MaxTag = 60;
    public const int MaxTags = 50;
    public const int MaxStock = 1_000_000_000;

    /// <summary>The normalised product, or <see langword="null"/> with every problem in <paramref name="errors"/>.</summary>
    public static ValidProduct? Validate(ProductInput input, string currency, CatalogErrors errors)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(errors);
        var title = CatalogText.Line(input.Title, nameof(ProductInput.Title), MaxTitle, "Enter a title.", errors);
        var (slug, fromTitle) = Slug(input.Slug, title, errors);
        var description = MerchantHtml.Sanitize(input.Description);
        if (description.Length > MaxDescription)
        {
            errors.Add(nameof(ProductInput.Description), "Shorten the description to at most 100,000 characters.");
        }

        var status = Status(input.Status, errors);
        var options = Options(input.Options, errors);
        var variants = VariantRules.Validate(input.Variants, options, currency, errors);
        var tags = Tags(input.Tags, errors);
        var fields = input.Fields is null ? null : ProductFieldRules.Validate(input.Fields, nameof(ProductInput.Fields), errors);
        var collections = CollectionSlugs(input.Collections);
        return errors.IsEmpty
            ? new ValidProduct(title!, slug!, fromTitle, description, status, options, variants, tags, collections, fields)
            : null;
    }

    /// <summary>Collection slugs trimmed, lower-cased and deduplicated.</summary>
    public static IReadOnlyList<string> CollectionSlugs(IEnumerable<string> slugs) =>
        [.. slugs.Select(c => c.Trim().ToLowerInvariant()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal)];

    private static (string? Slug, bool FromTitle) Slug(string? value, string? title, CatalogErrors errors)
    {
        var slug = value?.Trim().ToLowerInvariant() ?? "";
        if (slug.Length > 0)
        {
            if (Slugs.IsValid(slug))
            {
                return (slug, false);
            }

            errors.Add(nameof(ProductInput.Slug), $"Use lower-case letters, digits and single hyphens, at most {Slugs.MaxLength} characters (like “house-blend”).");
            return (null, false);
        }

        if (title is null)
        {
            return (null, true);
        }

        var made = Slugs.FromTitle(title);
        if (made.Length == 0)
        {
            errors.Add(nameof(ProductInput.Slug), "Enter a slug: the title has no letters or digits to make one from.");
            return (null, true);
        }

        return (made, true);
    }

    private static ProductStatus Status(string? value, CatalogErrors errors)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
        {
            return ProductStatus.Draft;
        }

        var name = Enum.GetNames<ProductStatus>().FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
        if (name is null)
        {
            errors.Add(nameof(ProductInput.Status), "Choose Draft, Active or Archived.");
            return ProductStatus.Draft;
        }

        return Enum.Parse<ProductStatus>(name);
    }

    private static string[] Options(IReadOnlyList<string?> values, CatalogErrors errors)
    {
        var named = values.Select((v, i) => (Value: v?.Trim() ?? "", Index: i)).Where(v => v.Value.Length > 0).ToArray();
        if (named.Length > Product.MaxOptions)
        {
            errors.Add(nameof(ProductInput.Options), $"A product has at most {Product.MaxOptions} options.");
            return [];
        }

        var options = new List<string>();
        foreach (var (value, index) in named)
        {
            var field = $"{nameof(ProductInput.Options)}[{index}]";
            var name = CatalogText.Line(value, field, MaxOptionName, null, errors);
            if (name is null)
            {
                continue;
            }

            if (options.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                errors.Add(field, $"There is already an option called “{name}”.");
                continue;
            }

            options.Add(name);
        }

        return [.. options];
    }

    private static string[] Tags(IReadOnlyList<string?> values, CatalogErrors errors)
    {
        var tags = new List<string>();
        foreach (var raw in values)
        {
            var tag = raw?.Trim().ToLowerInvariant() ?? "";
            if (tag.Length == 0 || tags.Contains(tag, StringComparer.Ordinal))
            {
                continue;
            }

            if (tag.Length > MaxTag || tag.Any(char.IsControl))
            {
                errors.Add(nameof(ProductInput.Tags), $"Tags are single lines of at most {MaxTag} characters; “{CatalogText.Shorten(tag)}” is not.");
                continue;
            }

            tags.Add(tag);
        }

        if (tags.Count > MaxTags)
        {
            errors.Add(nameof(ProductInput.Tags), $"Use at most {MaxTags} tags.");
        }

        return [.. tags];
    }
}
