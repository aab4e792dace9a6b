using System.Globalization;
using WalkingDrum.Core.Money;

namespace WalkingDrum.Commerce.Services;

/// <summary>The rules for a product's variants: one per option combination, each with a price.</summary>
internal static class VariantRules
{
    private const string Variants = nameof(ProductInput.Variants);

    public static List<ValidVariant> Validate(IReadOnlyList<VariantInput> rows, IReadOnlyList<string> options, string currency, CatalogErrors errors)
    {
        if (rows.Count == 0)
        {
            errors.Add(Variants, "Add a variant with a price.");
            return [];
        }

        if (options.Count == 0 && rows.Count > 1)
        {
            errors.Add(Variants, "A product without options has exactly one variant. Name an option such as Size to offer more.");
        }

        if (rows.Count > ProductRules.MaxVariants)
        {
            errors.Add(Variants, $"A product has at most {ProductRules.MaxVariants} variants.");
            return [];
        }

        var variants = new List<ValidVariant>();
        var combinations = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var skus = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var prefix = $"{Variants}[{i}].";
            var values = OptionValues(row, options, prefix, errors);
            if (values is not null && options.Count > 0 && !combinations.Add(string.Join('\u001f', values)))
            {
                errors.Add(prefix + nameof(VariantInput.OptionValues) + "[0]",
                    $"Another variant is already {string.Join(" / ", values)}; each variant needs its own combination.");
            }

            var sku = CatalogText.Line(row.Sku, prefix + nameof(VariantInput.Sku), ProductRules.MaxSku, null, errors);
            if (sku is not null && !skus.Add(sku))
            {
                errors.Add(prefix + nameof(VariantInput.Sku), $"Another variant of this product already has SKU {sku}.");
            }

            var price = Price(row.Price, currency, prefix + nameof(VariantInput.Price), "Enter a price.", errors);
            var compareAt = Price(row.CompareAtPrice, currency, prefix + nameof(VariantInput.CompareAtPrice), null, errors);
            if (price is { } p && compareAt is { } c && c <= p)
            {
                errors.Add(prefix + nameof(VariantInput.CompareAtPrice), "The compare-at price must be higher than the price, or left empty.");
            }

            var stock = Stock(row.Stock, prefix + nameof(VariantInput.Stock), errors);
            if (values is not null && price is not null && stock is not null)
            {
                variants.Add(new ValidVariant(row.Id, values, sku, price.Value, compareAt, stock.Value, row.TrackInventory));
            }
        }

        return variants;
    }

    private static string[]? OptionValues(VariantInput row, IReadOnlyList<string> options, string prefix, CatalogErrors errors)
    {
        var values = new string[options.Count];
        var valid = true;
        for (var j = 0; j < options.Count; j++)
        {
            var field = prefix + nameof(VariantInput.OptionValues) + $"[{j}]";
            var value = CatalogText.Line(j < row.OptionValues.Count ? row.OptionValues[j] : null, field,
                ProductRules.MaxOptionValue, $"Enter the {options[j]} of this variant.", errors);
            valid &= value is not null;
            values[j] = value ?? "";
        }

        return valid ? values : null;
    }

    private static Amount? Price(string? text, string currency, string field, string? requiredMessage, CatalogErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (requiredMessage is not null)
            {
                errors.Add(field, requiredMessage);
            }

            return null;
        }

        var (amount, error) = MoneyText.Parse(text, currency);
        if (error is not null)
        {
            errors.Add(field, error);
        }

        return amount;
    }

    private static int? Stock(string? text, string field, CatalogErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return 0;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var stock) && stock <= ProductRules.MaxStock)
        {
            return stock;
        }

        errors.Add(field, "Enter a whole number of units, 0 or more.");
        return null;
    }
}
