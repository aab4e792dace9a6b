using WalkingDrum.Core.Money;

namespace WalkingDrum.Core.Payments;

/// <summary>One line of a hosted checkout: what the shopper sees on the payment page.</summary>
/// <param name="Name">Product and variant as the shopper knows them.</param>
/// <param name="UnitPrice">Price of one unit, after line discounts.</param>
/// <param name="Quantity">Units, at least one.</param>
public sealed record HostedCheckoutLine(string Name, Amount UnitPrice, int Quantity);

/// <summary>
/// Everything the payment processor needs to take one payment on its hosted page. The amounts
/// are final: the shop computed discounts, shipping and tax before asking.
/// </summary>
/// <param name="Reference">The shop's own id of what is paid for (an order draft); it comes back on completion.</param>
/// <param name="IdempotencyKey">Same key, same session: a retried or doubled request never opens a second payment.</param>
/// <param name="Lines">Lines in display order, shipping and tax included as lines.</param>
/// <param name="CustomerEmail">Address the receipt goes to.</param>
/// <param name="SuccessUrl">Where the shopper returns after paying; <c>{CHECKOUT_SESSION_ID}</c> is replaced.</param>
/// <param name="CancelUrl">Where the shopper returns after giving up.</param>
/// <param name="Metadata">Small key-value pairs stored with the payment and returned on completion.</param>
/// <param name="SaveCardForLater">
/// Make the shopper a processor customer and keep the card for off-session payments (subscription renewals).
/// When nothing is due now (lines all zero: a free trial) the page only saves the card.
/// </param>
public sealed record HostedCheckoutRequest(
    string Reference,
    string IdempotencyKey,
    IReadOnlyList<HostedCheckoutLine> Lines,
    string CustomerEmail,
    Uri SuccessUrl,
    Uri CancelUrl,
    IReadOnlyDictionary<string, string> Metadata,
    bool SaveCardForLater = false);

/// <summary>A hosted payment page opened for a shopper.</summary>
/// <param name="SessionId">The processor's id of the session.</param>
/// <param name="Url">The page to send the shopper to.</param>
public sealed record HostedCheckoutSession(string SessionId, Uri Url);
