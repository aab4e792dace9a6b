namespace WalkingDrum.Commerce.Services.Shipping;

/// <summary>
/// A tax rate as a merchant or a recipe writes it, as text; <see cref="TaxRateRules"/> reads and
/// checks it. Property names are the form's field names, so errors land next to their fields.
/// </summary>
/// <param name="Country">ISO 3166-1 alpha-2 code of the country the tax applies to (FR).</param>
/// <param name="Name">What receipts call it ("VAT", "Sales tax").</param>
/// <param name="Percent">The rate as a percentage above 0 and up to 100 with at most 2 decimals ("20", "8.25").</param>
/// <param name="AppliesToShipping">Whether shipping is taxed too.</param>
public sealed record TaxRateInput(string? Country, string? Name, string? Percent, bool AppliesToShipping);
