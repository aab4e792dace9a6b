namespace WalkingDrum.Commerce.Services.Checkout;

/// <summary>The checkout form as posted: every field as the shopper typed it.</summary>
public sealed record CheckoutInput
{
    public string? Email { get; init; }

    /// <summary>"on" when the shopper asked for an account.</summary>
    public string? CreateAccount { get; init; }

    public string? Password { get; init; }

    public string? Name { get; init; }

    public string? Line1 { get; init; }

    public string? Line2 { get; init; }

    public string? City { get; init; }

    public string? Region { get; init; }

    public string? PostalCode { get; init; }

    public string? Country { get; init; }

    /// <summary>The chosen shipping rate's id.</summary>
    public string? ShippingRate { get; init; }

    public bool WantsAccount => CreateAccount is "on" or "true";
}

/// <summary>Names of the checkout form's fields, shared by the template, the rules and the tests.</summary>
public static class CheckoutFields
{
    public const string Email = "email";
    public const string CreateAccount = "create_account";
    public const string Password = "password";
    public const string Name = "name";
    public const string Line1 = "line1";
    public const string Line2 = "line2";
    public const string City = "city";
    public const string Region = "region";
    public const string PostalCode = "postal_code";
    public const string Country = "country";
    public const string ShippingRate = "shipping_rate";
}
