namespace WalkingDrum.Testing;

/// <summary>Stripe's test cards, typed into the sandbox's hosted payment page as a browser would.</summary>
public static class SandboxCards
{
    public const string Visa = "4242424242424242";
    public const string Declined = "4000000000000002";
    public const string Expired = "4000000000000069";
    public const string IncorrectCvc = "4000000000000127";

    /// <summary>Pays; its refunds stay pending until the sandbox is told to settle them.</summary>
    public const string RefundsPending = "4000000000007726";

    /// <summary>Fills in the hosted payment page with <paramref name="cardNumber"/> and submits it; redirects are not followed.</summary>
    public static async Task<HttpResponseMessage> PayAsync(Uri page, string cardNumber)
    {
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        return await browser.PostAsync(page, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["card_number"] = cardNumber,
            ["card_expiry"] = "12 / 34",
            ["card_cvc"] = "123",
            ["cardholder_name"] = "Ada Lovelace",
        }));
    }
}
