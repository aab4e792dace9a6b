using WalkingDrum.Core.Money;
using WalkingDrum.Theme.Models;

namespace WalkingDrum.Commerce.ViewModels;

/// <summary>The <c>product</c> object of <c>product.liquid</c>.</summary>
/// <param name="Title">Product title.</param>
/// <param name="Url">Its path relative to the shop (<c>/products/{slug}</c>).</param>
/// <param name="DescriptionHtml">Sanitized HTML, to output with <c>| raw</c>.</param>
/// <param name="Images">The gallery in order; the first is the main image.</param>
/// <param name="Options">Option names with the values that occur (Size: 250 g, 1 kg).</param>
/// <param name="Variants">Every variant in order.</param>
/// <param name="SelectedVariant">The variant shown: the one asked for with <c>?variant=</c>, else the first that can be bought.</param>
public sealed record ProductDrop(
    string Title,
    string Url,
    string DescriptionHtml,
    IReadOnlyList<ImageDrop> Images,
    IReadOnlyList<ProductOptionDrop> Options,
    IReadOnlyList<VariantDrop> Variants,
    VariantDrop SelectedVariant)
{
    /// <summary>Label of the variant picker: the option names ("Size / Grind").</summary>
    public string OptionLabel => Options.Count == 0 ? "Option" : string.Join(" / ", Options.Select(o => o.Name));

    /// <summary>Whether a shopper has a choice to make (more than one variant).</summary>
    public bool HasChoice => Variants.Count > 1;

    /// <summary>The selected variant's price, for templates that show one price.</summary>
    public Amount Price => SelectedVariant.Price;

    /// <summary>The selected variant's former price when it is higher, else null.</summary>
    public Amount? CompareAtPrice => SelectedVariant.CompareAtPrice;
}

/// <summary>An option of the product and the values its variants use.</summary>
/// <param name="Name">Option name (Size).</param>
/// <param name="Values">Distinct values in variant order.</param>
public sealed record ProductOptionDrop(string Name, IReadOnlyList<string> Values);

/// <summary>One purchasable variant as the product page shows it.</summary>
/// <param name="Id">Variant id, the value of <c>?variant=</c>.</param>
/// <param name="Title">Its option values joined ("250 g / Whole bean"), or the product title.</param>
/// <param name="Sku">Stock-keeping unit, if set.</param>
/// <param name="Price">What one unit costs.</param>
/// <param name="CompareAtPrice">Former price, only when higher than <paramref name="Price"/>.</param>
/// <param name="Available">Whether it can be bought now.</param>
/// <param name="StockStatus">"In stock", "Only 3 left" or "Sold out".</param>
/// <param name="Selected">Whether it is the variant shown.</param>
public sealed record VariantDrop(string Id, string Title, string? Sku, Amount Price, Amount? CompareAtPrice, bool Available, string StockStatus, bool Selected);

