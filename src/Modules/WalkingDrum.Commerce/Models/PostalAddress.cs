namespace WalkingDrum.Commerce.Models;

/// <summary>Where an order is shipped.</summary>
/// <param name="Name">Recipient's full name.</param>
/// <param name="Line1">Street and number.</param>
/// <param name="Line2">Flat, floor, company; may be empty.</param>
/// <param name="City">Town or city.</param>
/// <param name="Region">State, province or county; may be empty.</param>
/// <param name="PostalCode">Postal or ZIP code; may be empty where the country has none.</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2 code, upper case.</param>
public sealed record PostalAddress(string Name, string Line1, string Line2, string City, string Region, string PostalCode, string CountryCode)
{
    public const int MaxLineLength = 200;

    /// <summary>The address as lines for a label, an email or a CSV cell, empty parts left out.</summary>
    public IReadOnlyList<string> Lines =>
        new[] { Name, Line1, Line2, string.Join(' ', new[] { PostalCode, City }.Where(p => p.Length > 0)), Region, CountryCode }
            .Where(line => line.Length > 0).ToArray();
}
