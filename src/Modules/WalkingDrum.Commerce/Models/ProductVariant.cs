using WalkingDrum.Core.Data;
using WalkingDrum.Core.Money;

namespace WalkingDrum.Commerce.Models;

/// <summary>One purchasable combination of a product's options, with its own SKU, price and stock.</summary>
public sealed class ProductVariant : ITenantOwned
{
    public Guid TenantId { get; set; }

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ProductId { get; set; }

    /// <summary>Display order within the product.</summary>
    public int Position { get; set; }

    public string? Option1 { get; set; }

    public string? Option2 { get; set; }

    public string? Option3 { get; set; }

    /// <summary>Stock-keeping unit, unique per shop when set.</summary>
    public string? Sku { get; set; }

    public long PriceMinor { get; private set; }

    public long? CompareAtMinor { get; private set; }

    public string Currency { get; private set; } = "USD";

    /// <summary>When false the variant never runs out.</summary>
    public bool TrackInventory { get; set; }

    /// <summary>Units on hand; meaningful when <see cref="TrackInventory"/> is on.</summary>
    public int Stock { get; set; }

    /// <summary>What a shopper pays for one unit.</summary>
    public Amount Price
    {
        get => new(PriceMinor, Currency);
        set
        {
            PriceMinor = value.MinorUnits;
            Currency = value.Currency;
        }
    }

    /// <summary>The former price shown struck through; same currency as <see cref="Price"/>.</summary>
    public Amount? CompareAtPrice
    {
        get => CompareAtMinor is { } minor ? new Amount(minor, Currency) : null;
        set => CompareAtMinor = value?.MinorUnits;
    }

    /// <summary>The option values in order, without the unused ones.</summary>
    public IReadOnlyList<string> OptionValues =>
        new[] { Option1, Option2, Option3 }.TakeWhile(v => !string.IsNullOrEmpty(v)).Select(v => v!).ToArray();

    /// <summary>Whether a shopper can buy <paramref name="quantity"/> units now.</summary>
    public bool CanSell(int quantity) => !TrackInventory || Stock >= quantity;
}
