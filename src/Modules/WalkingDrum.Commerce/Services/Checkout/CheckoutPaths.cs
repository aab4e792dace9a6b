namespace WalkingDrum.Commerce.Services.Checkout;

/// <summary>Storefront paths of the checkout, relative to the shop's root.</summary>
public static class CheckoutPaths
{
    /// <summary>Where the payment page sends a shopper who gave up: the cart, with a notice.</summary>
    public const string Canceled = "cart?done=checkout-canceled";

    /// <summary>The confirmation page of <paramref name="sessionId"/> (the placeholder <c>{CHECKOUT_SESSION_ID}</c> is kept as is).</summary>
    public static string Complete(string sessionId) =>
        "checkout/complete?session_id=" + (sessionId == SessionPlaceholder ? sessionId : Uri.EscapeDataString(sessionId));

    /// <summary>What the processor replaces with the session's id in a return address.</summary>
    public const string SessionPlaceholder = "{CHECKOUT_SESSION_ID}";
}
