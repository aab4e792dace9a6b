using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Services.Carts;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Payments;

namespace WalkingDrum.Commerce.Services.Checkout;

/// <summary>The outcome of submitting the checkout form.</summary>
/// <param name="PaymentUrl">The hosted payment page to send the shopper to, when all went well.</param>
/// <param name="Errors">Problems with the form's fields.</param>
/// <param name="Problem">A problem with the checkout as a whole (cart changed, processor unavailable).</param>
/// <param name="Preview">The page to show again when it did not go well, from what the submission read.</param>
public sealed record CheckoutStart(Uri? PaymentUrl, IReadOnlyDictionary<string, string> Errors, string? Problem, CheckoutPreview Preview);

/// <summary>
/// Turns the shopper's cart and details into a hosted payment page. The order itself is made
/// later, from the processor's report of the payment (<see cref="Orders.OrderRecorder"/>).
/// </summary>
public sealed class CheckoutService(
    WalkingDrumDbContext db, CartService carts, CheckoutDrafts drafts, CheckoutAccounts accounts, IHostedCheckout hosted)
{
    /// <summary>
    /// The page for <paramref name="country"/> and <paramref name="rateId"/> (the first rate when not
    /// given), reading the cart, the rates and the tax once.
    /// </summary>
    public async Task<CheckoutPreview> PreviewAsync(string? country, string? rateId, CancellationToken cancellationToken) =>
        CheckoutPreviews.Build(await ReadAsync(country, cancellationToken), rateId);

    /// <summary>
    /// Checks the form, creates the account asked for, freezes the checkout into a draft and opens
    /// (or finds again) its payment page. The idempotency key is the draft's, so the same checkout
    /// submitted twice never opens two payments.
    /// </summary>
    /// <param name="input">The form as posted.</param>
    /// <param name="signedInUser">The shopper's account when signed in.</param>
    /// <param name="storefrontRoot">The shop's root as the shopper reached it (ends in a slash), for return addresses and email links.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<CheckoutStart> StartAsync(CheckoutInput input, Guid? signedInUser, string storefrontRoot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var none = new Dictionary<string, string>();
        var reading = await ReadAsync(input.Country, cancellationToken);
        var preview = CheckoutPreviews.Build(reading, input.ShippingRate);
        var cart = reading.Cart;
        if (cart.IsEmpty || cart.CartId is not { } cartId)
        {
            return new(null, none, "Your cart is empty. Add something before checking out.", preview);
        }

        var (checkout, errors) = CheckoutRules.Validate(input, reading.Rates);
        if (checkout is null)
        {
            return new(null, errors, null, preview);
        }

        if (cart.Messages.Count > 0)
        {
            // The problem tells the shopper what changed, so the page does not say it twice.
            return new(null, none, string.Join(" ", cart.Messages) + " Please check your order and continue.",
                preview with { Cart = cart with { Messages = [] } });
        }

        var userId = signedInUser;
        if (userId is null && input.WantsAccount)
        {
            var (created, emailError, passwordError) = await accounts.CreateAsync(checkout.Email, input.Password);
            if (created is null)
            {
                var accountErrors = new Dictionary<string, string>();
                accountErrors[emailError is null ? CheckoutFields.Password : CheckoutFields.Email] = emailError ?? passwordError!;
                return new(null, accountErrors, null, preview);
            }

            userId = created;
        }

        // The validated country is the one the tax was read for.
        var quote = CheckoutTotals.Quote(cart.Subtotal, cart.Discount, checkout.Rate, reading.Tax);
        var cartVersion = await db.Set<Cart>().Where(c => c.Id == cartId).Select(c => c.UpdatedAt).FirstAsync(cancellationToken);
        var draft = await drafts.FindOrCreateAsync(cart, cartVersion, checkout, quote, userId, storefrontRoot, cancellationToken);
        if (draft.SessionUrl is { } opened)
        {
            return new(new Uri(opened), none, null, preview);
        }

        try
        {
            var session = await hosted.StartAsync(Request(draft, cart, quote), cancellationToken);
            await drafts.SetSessionAsync(draft, session.SessionId, session.Url, cancellationToken);
            return new(session.Url, none, null, preview);
        }
        catch (PaymentException ex)
        {
            var problem = ex.IsTransient
                ? "We couldn’t reach our payment provider. Nothing was charged; please try again in a minute."
                : $"Our payment provider refused to start the payment: {ex.Message} Nothing was charged.";
            return new(null, none, problem, preview);
        }
    }

    private static HostedCheckoutRequest Request(CheckoutDraft draft, PricedCart cart, CheckoutQuote quote)
    {
        var lines = DiscountedLines(cart, quote).ToList();
        if (quote.Shipping.MinorUnits > 0)
        {
            lines.Add(new HostedCheckoutLine($"Shipping: {quote.ShippingMethod}", quote.Shipping, 1));
        }

        if (quote.Tax.MinorUnits > 0)
        {
            lines.Add(new HostedCheckoutLine(quote.TaxLabel, quote.Tax, 1));
        }

        return new HostedCheckoutRequest(
            draft.Id.ToString(),
            $"checkout-{draft.Id:N}",
            lines,
            draft.Email,
            new Uri(draft.StorefrontUrl + CheckoutPaths.Complete(CheckoutPaths.SessionPlaceholder)),
            new Uri(draft.StorefrontUrl + CheckoutPaths.Canceled),
            new Dictionary<string, string> { [OrderMetadata.DraftKey] = draft.Id.ToString() },
            SaveCardForLater: cart.Lines.Any(l => l.Option is not null));
    }

    // A hosted page's lines cannot be negative, so with a coupon the goods become one line at
    // their discounted total; the order keeps every line.
    private static IEnumerable<HostedCheckoutLine> DiscountedLines(PricedCart cart, CheckoutQuote quote)
    {
        if (quote.Discount.MinorUnits == 0)
        {
            return cart.Lines.Select(HostedLine);
        }

        var units = cart.Lines.Sum(l => l.Quantity);
        var label = $"{units} item{(units == 1 ? "" : "s")} with code {cart.Coupon!.Code}";
        return [new HostedCheckoutLine(label, quote.Subtotal - quote.Discount, 1)];
    }

    // A line bought with an option costs what its option charges now, which need not be a
    // multiple of the units: the page shows it as one line.
    private static HostedCheckoutLine HostedLine(PricedCartLine line) => line.Option is { } option
        ? new HostedCheckoutLine($"{line.Quantity} × {line.Title} ({option.Label})", line.LineTotal, 1)
        : new HostedCheckoutLine(line.Title, line.UnitPrice, line.Quantity);

    // One read of everything the page and the submission need: the cart priced now, the shop's
    // rates (a rate still priced in the shop's former currency is left out until the merchant saves
    // it again; the admin flags it) and the tax of the chosen country.
    private async Task<CheckoutReading> ReadAsync(string? country, CancellationToken cancellationToken)
    {
        var cart = await carts.ReadAsync(cancellationToken);
        var rates = await db.Set<ShippingRate>().AsNoTracking()
            .Where(r => r.Currency == cart.Currency).OrderBy(r => r.Position).ToListAsync(cancellationToken);
        var code = Countries.TryNormalize(country, out var normalized) ? normalized : "";
        var tax = code.Length == 0 ? null : await db.Set<TaxRate>().AsNoTracking().FirstOrDefaultAsync(t => t.CountryCode == code, cancellationToken);
        return new CheckoutReading(cart, rates, code, tax);
    }
}
