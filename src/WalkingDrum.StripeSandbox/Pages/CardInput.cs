using System.Globalization;

namespace WalkingDrum.StripeSandbox.Pages;

/// <summary>The hosted form's fields, checked with the messages Stripe's card element shows.</summary>
internal sealed class CardInput
{
    public string Email { get; private init; } = "";
    public string Number { get; private init; } = "";
    public string Expiry { get; private init; } = "";
    public string Cvc { get; private init; } = "";
    public string Name { get; private init; } = "";

    public string Digits => new([.. Number.Where(char.IsAsciiDigit)]);
    public int ExpMonth { get; private set; }
    public int ExpYear { get; private set; }

    /// <summary>Field name to message for each invalid field.</summary>
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public static CardInput Empty(string? email) => new() { Email = email ?? "" };

    public static CardInput Read(IFormCollection form) => new()
    {
        Email = form["email"].ToString().Trim(),
        Number = form["card_number"].ToString().Trim(),
        Expiry = form["card_expiry"].ToString().Trim(),
        Cvc = form["card_cvc"].ToString().Trim(),
        Name = form["cardholder_name"].ToString().Trim(),
    };

    public bool Validate(bool needsEmail, DateTimeOffset now)
    {
        if (needsEmail)
        {
            if (Email.Length == 0) Errors["email"] = "Your email is incomplete.";
            else if (!IsEmail(Email)) Errors["email"] = "Your email address is invalid.";
        }
        ValidateNumber();
        ValidateExpiry(now);
        var cvcLength = Digits.StartsWith('3') ? 4 : 3;
        if (Cvc.Length < cvcLength || !Cvc.All(char.IsAsciiDigit) || Cvc.Length > 4)
        {
            Errors["card_cvc"] = Cvc.Length == 0 || Cvc.Length < cvcLength ? "Your card's security code is incomplete." : "Your card's security code is invalid.";
        }
        if (Name.Length == 0)
        {
            Errors["cardholder_name"] = "Enter the name on your card.";
        }
        return Errors.Count == 0;
    }

    private void ValidateNumber()
    {
        var digits = Digits;
        if (Number.Any(c => !char.IsAsciiDigit(c) && c != ' ' && c != '-'))
        {
            Errors["card_number"] = "Your card number is invalid.";
        }
        else if (digits.Length < 15)
        {
            Errors["card_number"] = "Your card number is incomplete.";
        }
        else if (digits.Length > 19 || !Models.TestCards.PassesLuhn(digits))
        {
            Errors["card_number"] = "Your card number is invalid.";
        }
    }

    private void ValidateExpiry(DateTimeOffset now)
    {
        var parts = Expiry.Replace(" ", "", StringComparison.Ordinal).Split('/');
        if (Expiry.Length == 0 || parts.Length != 2 || parts[1].Length is not (2 or 4))
        {
            Errors["card_expiry"] = "Your card's expiration date is incomplete.";
            return;
        }
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || month is < 1 or > 12)
        {
            Errors["card_expiry"] = "Your card's expiration date is invalid.";
            return;
        }
        year = year < 100 ? 2000 + year : year;
        if (year < now.Year)
        {
            Errors["card_expiry"] = "Your card's expiration year is in the past.";
        }
        else if (year == now.Year && month < now.Month)
        {
            Errors["card_expiry"] = "Your card's expiration date is in the past.";
        }
        else if (year > now.Year + 50)
        {
            Errors["card_expiry"] = "Your card's expiration year is invalid.";
        }
        ExpMonth = month;
        ExpYear = year;
    }

    private static bool IsEmail(string value)
    {
        var at = value.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == value.LastIndexOf('@') && value.IndexOf('.', at) > at + 1 && !value.EndsWith('.') && !value.Contains(' ', StringComparison.Ordinal);
    }
}
