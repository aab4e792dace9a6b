namespace WalkingDrum.StripeSandbox.Models;

/// <summary>What a test card does when it is attached, set up or charged.</summary>
internal enum CardBehavior
{
    Succeeds,
    Declines,
    Expired,
    IncorrectCvc,
    ProcessingError,
    /// <summary>Attaches and sets up fine; every charge is declined (4000 0000 0000 0341).</summary>
    ChargeDeclines,
    /// <summary>Every payment and setup needs 3-D Secure (4000 0027 6000 3184).</summary>
    RequiresAuthentication,
    /// <summary>Pays fine; its refunds start pending until settled (4000 0000 0000 7726).</summary>
    RefundsPending,
}

/// <summary>A decline as Stripe reports it.</summary>
internal sealed record CardDecline(string Code, string? DeclineCode, string Message);

/// <summary>Stripe's documented test card numbers and the outcome each one simulates.</summary>
internal static class TestCards
{
    public const string GenericDeclineMessage = "Your card was declined.";

    public static readonly CardDecline Declined = new("card_declined", "generic_decline", GenericDeclineMessage);

    public static readonly CardDecline AuthenticationRequired = new("authentication_required", "authentication_required",
        "Your card was declined. This transaction requires authentication.");

    public static readonly CardDecline AuthenticationFailed = new("payment_intent_authentication_failure", null,
        "We are unable to authenticate your payment method. Please choose a different payment method and try again.");

    private static readonly Dictionary<string, CardBehavior> Cards = new(StringComparer.Ordinal)
    {
        ["4242424242424242"] = CardBehavior.Succeeds,
        ["4000056655665556"] = CardBehavior.Succeeds,
        ["5555555555554444"] = CardBehavior.Succeeds,
        ["378282246310005"] = CardBehavior.Succeeds,
        ["4000000000000002"] = CardBehavior.Declines,
        ["4000000000000069"] = CardBehavior.Expired,
        ["4000000000000127"] = CardBehavior.IncorrectCvc,
        ["4000000000000119"] = CardBehavior.ProcessingError,
        ["4000000000000341"] = CardBehavior.ChargeDeclines,
        ["4000002760003184"] = CardBehavior.RequiresAuthentication,
        ["4000000000007726"] = CardBehavior.RefundsPending,
    };

    /// <summary>The behavior of a known test card; null for any other number, which test mode refuses.</summary>
    public static CardBehavior? Lookup(string digits) => Cards.TryGetValue(digits, out var behavior) ? behavior : null;

    /// <summary>The decline a card gives as soon as it is used, before any charge.</summary>
    public static CardDecline? ImmediateDecline(CardBehavior behavior) => behavior switch
    {
        CardBehavior.Declines => Declined,
        CardBehavior.Expired => new("expired_card", "expired_card", "Your card has expired."),
        CardBehavior.IncorrectCvc => new("incorrect_cvc", "incorrect_cvc", "Your card's security code is incorrect."),
        CardBehavior.ProcessingError => new("processing_error", "processing_error",
            "An error occurred while processing your card. Try again in a little bit."),
        _ => null,
    };

    public static string Brand(string digits) => digits[0] switch
    {
        '4' => "visa",
        '5' or '2' => "mastercard",
        '3' when digits.StartsWith("34", StringComparison.Ordinal) || digits.StartsWith("37", StringComparison.Ordinal) => "amex",
        _ => "unknown",
    };

    public static bool PassesLuhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                d *= 2;
                if (d > 9) d -= 9;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
