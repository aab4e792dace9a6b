namespace WalkingDrum.Commerce.Services.Checkout;

/// <summary>Keys the checkout puts in the payment's metadata, to know its own payments again.</summary>
public static class OrderMetadata
{
    /// <summary>The <see cref="Models.CheckoutDraft"/> the payment is for.</summary>
    public const string DraftKey = "wd_checkout_draft";
}
