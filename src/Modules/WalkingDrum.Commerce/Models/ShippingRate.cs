using WalkingDrum.Core.Data;
using WalkingDrum.Core.Money;

namespace WalkingDrum.Commerce.Models;

/// <summary>
/// A way the shop ships: a flat price per order to the listed countries (everywhere when none are
/// listed), free once the discounted subtotal reaches <see cref="FreeOver"/>.
/// </summary>
public sealed class ShippingRate : ITenantOwned
{
    public const int MaxNameLength = 80;

    public Guid TenantId { get; set; }

    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>What the shopper chooses ("Standard", "Express").</summary>
    public required string Name { get; set; }

    /// <summary>ISO 3166-1 alpha-2 codes, comma-separated and upper case; empty for every country.</summary>
    public string Countries { get; set; } = "";

    public long PriceMinor { get; private set; }

    public long? FreeOverMinor { get; private set; }

    public string Currency { get; private set; } = "USD";

    /// <summary>Display order at checkout.</summary>
    public int Position { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The flat price per order.</summary>
    public Amount Price
    {
        get => new(PriceMinor, Currency);
        set
        {
            PriceMinor = value.MinorUnits;
            Currency = value.Currency;
        }
    }

    /// <summary>The discounted subtotal from which shipping is free; null when it never is.</summary>
    public Amount? FreeOver
    {
        get => FreeOverMinor is { } minor ? new Amount(minor, Currency) : null;
        set => FreeOverMinor = value?.MinorUnits;
    }

    /// <summary>The countries as a list; empty for everywhere.</summary>
    public IReadOnlyList<string> CountryCodes =>
        Countries.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Whether the rate ships to <paramref name="countryCode"/>.</summary>
    public bool ShipsTo(string countryCode) =>
        CountryCodes.Count == 0 || CountryCodes.Contains(countryCode, StringComparer.OrdinalIgnoreCase);
}
