using System.Globalization;
using WalkingDrum.Core.Data;

namespace WalkingDrum.Commerce.Models;

/// <summary>
/// The sales tax or VAT the shop charges on orders shipped to one country, added on top of the
/// catalog's prices (which are entered before tax).
/// </summary>
public sealed class TaxRate : ITenantOwned
{
    public const int MaxNameLength = 40;

    public Guid TenantId { get; set; }

    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>ISO 3166-1 alpha-2 code, upper case; one rate per country.</summary>
    public required string CountryCode { get; set; }

    /// <summary>What receipts call it ("VAT", "Sales tax").</summary>
    public required string Name { get; set; }

    /// <summary>The rate in hundredths of a percent: 2000 is 20 %, 825 is 8.25 %.</summary>
    public int BasisPoints { get; set; }

    /// <summary>Whether shipping is taxed too (it is for VAT in most countries).</summary>
    public bool AppliesToShipping { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>"VAT 20 %", "Sales tax 8.25 %".</summary>
    public string Label => $"{Name} {FormatPercent(BasisPoints)} %";

    /// <summary>2000 → "20", 825 → "8.25".</summary>
    public static string FormatPercent(int basisPoints) =>
        (basisPoints / 100m).ToString("0.##", CultureInfo.InvariantCulture);
}
