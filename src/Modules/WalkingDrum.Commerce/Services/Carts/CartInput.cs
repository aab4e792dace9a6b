using System.Globalization;

namespace WalkingDrum.Commerce.Services.Carts;

/// <summary>Reads what a cart form posted (a variant id, a quantity and a purchase option, as text) before anything is looked up.</summary>
internal static class CartInput
{
    /// <summary>Most units of one variant a cart line may hold.</summary>
    public const int MaxQuantity = 999;

    /// <summary>Most different items one cart holds; every read prices them all.</summary>
    public const int MaxLines = 100;

    public const string UnknownVariant = "That item isn’t available in this shop.";

    public static Guid? Variant(string? text) =>
        Guid.TryParse(text?.Trim(), out var id) && id != Guid.Empty ? id : null;

    /// <summary>The purchase option's key; null (a one-time purchase) when the field is empty or missing.</summary>
    public static string? Option(string? text) => text?.Trim() is { Length: > 0 } key ? key : null;

    /// <summary>The quantity, or a message saying what to enter instead.</summary>
    public static (int Quantity, string? Error) Quantity(string? text)
    {
        var value = text?.Trim() ?? "";
        if (value.Length == 0)
        {
            return (0, "Enter a quantity, e.g. 1.");
        }

        if (value.StartsWith('-') && value.Length > 1 && value[1..].All(char.IsAsciiDigit))
        {
            return (0, "Enter a quantity of at least 1.");
        }

        if (!value.All(char.IsAsciiDigit))
        {
            return (0, "Enter the quantity as a whole number, e.g. 2.");
        }

        // Too many digits for an int is simply too many units.
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var quantity) || quantity > MaxQuantity)
        {
            return (0, $"You can have at most {MaxQuantity} of one item in your cart.");
        }

        return quantity < 1 ? (0, "Enter a quantity of at least 1.") : (quantity, null);
    }
}
