namespace WalkingDrum.Commerce.Services.Shipping;

/// <summary>
/// A shipping rate as a merchant or a recipe writes it, as text; <see cref="ShippingRateRules"/>
/// reads and checks it. Property names are the form's field names, so errors land next to their fields.
/// </summary>
/// <param name="Name">What shoppers choose ("Standard").</param>
/// <param name="Price">The flat price per order in the shop's currency (4.90; 0 for free).</param>
/// <param name="FreeOver">Optional subtotal from which shipping is free (50.00).</param>
/// <param name="Countries">ISO 3166-1 alpha-2 codes separated by commas or spaces in any case ("fr, DE gb"); empty for every country.</param>
public sealed record ShippingRateInput(string? Name, string? Price, string? FreeOver, string? Countries);
