using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Services.Carts;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Payments;
using WalkingDrum.Core.Tenancy;

namespace WalkingDrum.Commerce.Services.Checkout;

/// <summary>What the checkout page shows: the cart, the ways to ship to the chosen country and the totals.</summary>
/// <param name="Cart">The cart priced now.</param>
/// <param name="Country">The country quoted for (upper case), or empty before one is chosen.</param>
/// <param name="Rates">Rates that ship to <paramref name="Country"/>; empty when the shop has none (it ships free).</param>
/// <param name="Rate">The rate quoted for.</param>
/// <param name="Quote">The totals for that country and rate.</param>
/// <param name="ShipsEverywhere">Whether the shop has no rates at all, or one for every country.</param>
public sealed record CheckoutPreview(
    PricedCart Cart, string Country, IReadOnlyList<ShippingRate> Rates, ShippingRate? Rate, CheckoutQuote Quote, bool ShipsEverywhere);

/// <summary>The outcome of submitting the checkout form.</summary>
/// <param name="PaymentUrl">The hosted payment page to send the shopper to, when all went well.</param>
/// <param name="Errors">Problems with the form's fields.</param>
/// <param name="Problem">A problem with the checkout as a whole (cart changed, processor unavailable).</param>
public sealed record CheckoutStart(Uri? PaymentUrl, IReadOnlyDictionary<string, string> Errors, string? Problem);

/// <summary>
/// Turns the shopper's cart and details into a hosted payment page. The order itself is made
/// later, from the processor's report of the payment (<see cref="Orders.OrderRecorder"/>).
/// </summary>
public sealed class CheckoutService(
    WalkingDrumDbContext db, CartService carts, CheckoutDrafts drafts, CheckoutAccounts accounts, IHostedCheckout hosted, IStoreProfileReader profiles)
{
    /// <summary>The page's summary for <paramref name="country"/> and <paramref name="rateId"/> (the first rate when not given).</summary>
    public async Task<CheckoutPreview> PreviewAsync(string? country, string? rateId, CancellationToken cancellationToken)
    {
        var cart = await carts.ReadAsync(cancellationToken);
        var rates = await RatesAsync(cancellationToken);
        var code = Countries.TryNormalize(country, out var normalized) ? normalized : "";
        var available = code.Length == 0 ? [] : CheckoutRules.RatesFor(code, rates);
        var rate = available.FirstOrDefault(r => r.Id.ToString() == rateId) ?? (available.Count > 0 ? available[0] : null);
        var tax = code.Length == 0 ? null : await TaxAsync(code, cancellationToken);
        var quote = CheckoutTotals.Quote(cart.Subtotal, cart.Discount, rate, tax);
        var everywhere = rates.Count == 0 || rates.Any(r => r.CountryCodes.Count == 0);
        return new CheckoutPreview(cart, code, rates.Count == 0 ? [] : available, rate, quote, everywhere);
    }

    /// <summary>The countries to offer: every country when some rate ships everywhere, else those the rates list.</summary>
    public async Task<IReadOnlyList<Country>> CountriesAsync(CancellationToken cancellationToken)
    {
        var rates = await RatesAsync(cancellationToken);
        if (rates.Count == 0 || rates.Any(r => r.CountryCodes.Count == 0))
        {
            return Countries.All;
        }

        var listed = rates.SelectMany(r => r.CountryCodes).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. Countries.All.Where(c => listed.Contains(c.Code))];
    }

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
        var cart = await carts.ReadAsync(cancellationToken);
        if (cart.IsEmpty || cart.CartId is not { } cartId)
        {
            return new(null, none, "Your cart is empty. Add something before checking out.");
        }

        var rates = await RatesAsync(cancellationToken);
        var (checkout, errors) = CheckoutRules.Validate(input, rates);
        if (checkout is null)
        {
            return new(null, errors, null);
        }

        if (cart.Messages.Count > 0)
        {
            return new(null, none, string.Join(" ", cart.Messages) + " Please check your order and continue.");
        }

        var userId = signedInUser;
        if (userId is null && input.WantsAccount)
        {
            var (created, emailError, passwordError) = await accounts.CreateAsync(checkout.Email, input.Password);
            if (created is null)
            {
                var accountErrors = new Dictionary<string, string>();
                accountErrors[emailError is null ? CheckoutFields.Password : CheckoutFields.Email] = emailError ?? passwordError!;
                return new(null, accountErrors, null);
            }

            userId = created;
        }

        var tax = await TaxAsync(checkout.Address.CountryCode, cancellationToken);
        var quote = CheckoutTotals.Quote(cart.Subtotal, cart.Discount, checkout.Rate, tax);
        var cartVersion = await db.Set<Cart>().Where(c => c.Id == cartId).Select(c => c.UpdatedAt).FirstAsync(cancellationToken);
        var draft = await drafts.FindOrCreateAsync(cart, cartVersion, checkout, quote, userId, storefrontRoot, cancellationToken);
        if (draft.SessionUrl is { } opened)
        {
            return new(new Uri(opened), none, null);
        }

        try
        {
            var session = await hosted.StartAsync(Request(draft, cart, quote), cancellationToken);
            await drafts.SetSessionAsync(draft, session.SessionId, session.Url, cancellationToken);
            return new(session.Url, none, null);
        }
        catch (PaymentException ex)
        {
            var problem = ex.IsTransient
                ? "We couldn’t reach our payment provider. Nothing was charged; please try again in a minute."
                : $"Our payment provider refused to start the payment: {ex.Message} Nothing was charged.";
            return new(null, none, problem);
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
            new Dictionary<string, string> { [OrderMetadata.DraftKey] = draft.Id.ToString() });
    }

    // A hosted page's lines cannot be negative, so with a coupon the goods become one line at
    // their discounted total; the order keeps every line.
    private static IEnumerable<HostedCheckoutLine> DiscountedLines(PricedCart cart, CheckoutQuote quote)
    {
        if (quote.Discount.MinorUnits == 0)
        {
            return cart.Lines.Select(l => new HostedCheckoutLine(l.Title, l.UnitPrice, l.Quantity));
        }

        var units = cart.Lines.Sum(l => l.Quantity);
        var label = $"{units} item{(units == 1 ? "" : "s")} with code {cart.Coupon!.Code}";
        return [new HostedCheckoutLine(label, quote.Subtotal - quote.Discount, 1)];
    }

    // A rate still priced in the shop's former currency is left out until the merchant saves it again (the admin flags it).
    private async Task<IReadOnlyList<ShippingRate>> RatesAsync(CancellationToken cancellationToken)
    {
        var currency = (await profiles.GetAsync(cancellationToken)).Currency;
        return await db.Set<ShippingRate>().AsNoTracking().Where(r => r.Currency == currency).OrderBy(r => r.Position).ToListAsync(cancellationToken);
    }

    private Task<TaxRate?> TaxAsync(string country, CancellationToken cancellationToken) =>
        db.Set<TaxRate>().AsNoTracking().FirstOrDefaultAsync(t => t.CountryCode == country, cancellationToken);
}
