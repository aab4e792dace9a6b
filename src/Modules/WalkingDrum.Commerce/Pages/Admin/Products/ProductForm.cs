using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Services;

namespace WalkingDrum.Commerce.Pages.Admin.Products;

/// <summary>The product editor's fields as posted; property names match <see cref="ProductInput"/> so errors land on them.</summary>
public sealed class ProductForm
{
    public string? Title { get; set; }

    public string? Slug { get; set; }

    public string? Description { get; set; }

    public string? Status { get; set; } = nameof(ProductStatus.Draft);

    /// <summary>One entry per option slot (three).</summary>
    public List<string?> Options { get; set; } = [];

    public List<VariantForm> Variants { get; set; } = [];

    /// <summary>Comma-separated.</summary>
    public string? Tags { get; set; }

    /// <summary>Slugs of the chosen collections.</summary>
    public List<string> Collections { get; set; } = [];

    public static ProductForm Blank() => new ProductForm { Variants = [new VariantForm()] }.Normalized();

    public static ProductForm From(Product product, IReadOnlyList<string> collectionSlugs)
    {
        ArgumentNullException.ThrowIfNull(product);
        return new ProductForm
        {
            Title = product.Title,
            Slug = product.Slug,
            Description = product.DescriptionHtml,
            Status = product.Status.ToString(),
            Options = [.. product.OptionNames],
            Variants = [.. product.Variants.OrderBy(v => v.Position).Select(v => new VariantForm
            {
                Id = v.Id,
                OptionValues = [.. v.OptionValues],
                Sku = v.Sku,
                Price = v.Price.ToMajorString(),
                CompareAtPrice = v.CompareAtPrice?.ToMajorString(),
                Stock = v.Stock.ToString(System.Globalization.CultureInfo.InvariantCulture),
                TrackInventory = v.TrackInventory,
            })],
            Tags = string.Join(", ", product.Tags.Select(t => t.Tag).Order(StringComparer.Ordinal)),
            Collections = [.. collectionSlugs],
        }.Normalized();
    }

    /// <summary>
    /// Named options moved to the front (a blank middle slot would misalign the variants' values),
    /// three slots each, and at least one variant row.
    /// </summary>
    public ProductForm Normalized()
    {
        var slots = Enumerable.Range(0, Product.MaxOptions).Where(i => !string.IsNullOrWhiteSpace(Options.ElementAtOrDefault(i))).ToArray();
        Options = [.. slots.Select(i => Options[i]), .. Enumerable.Repeat<string?>("", Product.MaxOptions - slots.Length)];
        Variants ??= [];
        foreach (var variant in Variants)
        {
            var values = variant.OptionValues ?? [];
            variant.OptionValues = [.. slots.Select(i => values.ElementAtOrDefault(i)), .. Enumerable.Repeat<string?>("", Product.MaxOptions - slots.Length)];
        }

        if (Variants.Count == 0)
        {
            Variants.Add(new VariantForm { OptionValues = ["", "", ""] });
        }

        Collections ??= [];
        return this;
    }

    /// <summary>The names of the options in use.</summary>
    public IReadOnlyList<string> NamedOptions => [.. Options.Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => o!.Trim())];

    public ProductInput ToInput() => new(
        Title,
        Slug,
        Description,
        Status,
        Options,
        [.. Variants.Select(v => new VariantInput(v.Id, v.OptionValues, v.Sku, v.Price, v.CompareAtPrice, v.Stock, v.TrackInventory))],
        (Tags ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
        Collections);
}

/// <summary>One variant row of the product editor.</summary>
public sealed class VariantForm
{
    public Guid? Id { get; set; }

    public List<string?> OptionValues { get; set; } = [];

    public string? Sku { get; set; }

    public string? Price { get; set; }

    public string? CompareAtPrice { get; set; }

    public string? Stock { get; set; }

    public bool TrackInventory { get; set; }
}
