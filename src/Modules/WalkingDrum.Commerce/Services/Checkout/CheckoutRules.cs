using System.Net.Mail;
using WalkingDrum.Commerce.Models;

namespace WalkingDrum.Commerce.Services.Checkout;

/// <summary>A checkout form that passed <see cref="CheckoutRules"/>.</summary>
/// <param name="Email">Trimmed address.</param>
/// <param name="Address">Trimmed address with an upper-case country code.</param>
/// <param name="Rate">The chosen rate; null when the shop has none and ships free.</param>
public sealed record ValidCheckout(string Email, PostalAddress Address, ShippingRate? Rate);

/// <summary>Checks the checkout form; each problem is keyed by its field, in words for the shopper.</summary>
public static class CheckoutRules
{
    public const int MaxEmailLength = 256;

    // Countries whose addresses carry no postal code (the rest require one).
    private static readonly HashSet<string> WithoutPostalCodes =
        new(["AE", "AG", "AO", "BS", "BZ", "CW", "FJ", "GH", "HK", "IE", "JM", "KI", "MO", "QA", "TT", "UG", "YE", "ZW"], StringComparer.Ordinal);

    /// <summary>Validates <paramref name="input"/> against the shop's <paramref name="rates"/> (all of them, any country).</summary>
    public static (ValidCheckout? Checkout, IReadOnlyDictionary<string, string> Errors) Validate(
        CheckoutInput input, IReadOnlyList<ShippingRate> rates)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(rates);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var email = Clean(input.Email);
        if (email.Length == 0)
        {
            errors[CheckoutFields.Email] = "Enter your email address: your receipt goes there.";
        }
        else if (email.Length > MaxEmailLength || !MailAddress.TryCreate(email, out var parsed) || parsed.Address != email || !email.Contains('.', StringComparison.Ordinal))
        {
            errors[CheckoutFields.Email] = "Enter an email address like name@example.com.";
        }

        var name = Required(input.Name, CheckoutFields.Name, "Enter the recipient’s name.", errors);
        var line1 = Required(input.Line1, CheckoutFields.Line1, "Enter the street address.", errors);
        var line2 = Optional(input.Line2, CheckoutFields.Line2, errors);
        var city = Required(input.City, CheckoutFields.City, "Enter the town or city.", errors);
        var region = Optional(input.Region, CheckoutFields.Region, errors);
        var country = "";
        if (!Countries.TryNormalize(input.Country, out country))
        {
            errors[CheckoutFields.Country] = "Choose the country we ship to.";
        }

        var postalCode = WithoutPostalCodes.Contains(country)
            ? Optional(input.PostalCode, CheckoutFields.PostalCode, errors)
            : Required(input.PostalCode, CheckoutFields.PostalCode, "Enter the postal code.", errors);
        var rate = errors.ContainsKey(CheckoutFields.Country) ? null : ChooseRate(input.ShippingRate, country, rates, errors);
        return errors.Count > 0
            ? (null, errors)
            : (new ValidCheckout(email, new PostalAddress(name, line1, line2, city, region, postalCode, country), rate), errors);
    }

    /// <summary>The rates that ship to <paramref name="country"/>, in the shop's order.</summary>
    public static IReadOnlyList<ShippingRate> RatesFor(string country, IReadOnlyList<ShippingRate> rates) =>
        [.. rates.Where(r => r.ShipsTo(country)).OrderBy(r => r.Position).ThenBy(r => r.Name, StringComparer.Ordinal)];

    private static ShippingRate? ChooseRate(string? chosen, string country, IReadOnlyList<ShippingRate> rates, Dictionary<string, string> errors)
    {
        if (rates.Count == 0)
        {
            return null;
        }

        var available = RatesFor(country, rates);
        if (available.Count == 0)
        {
            errors[CheckoutFields.Country] = $"Sorry, we don’t ship to {Countries.Name(country)} yet.";
            return null;
        }

        if (string.IsNullOrWhiteSpace(chosen) && available.Count == 1)
        {
            return available[0];
        }

        var rate = Guid.TryParse(chosen, out var id) ? available.FirstOrDefault(r => r.Id == id) : null;
        if (rate is null)
        {
            errors[CheckoutFields.ShippingRate] = $"Choose how we ship to {Countries.Name(country)}.";
        }

        return rate;
    }

    private static string Required(string? value, string field, string message, Dictionary<string, string> errors)
    {
        var clean = Optional(value, field, errors);
        if (clean.Length == 0)
        {
            errors.TryAdd(field, message);
        }

        return clean;
    }

    private static string Optional(string? value, string field, Dictionary<string, string> errors)
    {
        var clean = Clean(value);
        if (clean.Length > PostalAddress.MaxLineLength)
        {
            errors[field] = $"Keep this under {PostalAddress.MaxLineLength} characters.";
        }

        return clean;
    }

    // Collapses runs of whitespace and drops control characters, which have no place on a label.
    private static string Clean(string? value) =>
        string.Join(' ', new string([.. (value ?? "").Select(c => char.IsControl(c) ? ' ' : c)]).Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
