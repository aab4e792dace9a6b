namespace WalkingDrum.Commerce.Services.Carts;

/// <summary>
/// The cart's way to <see cref="IPurchaseOptions"/>: the registered one, or none, in which case no
/// option is offered and every option line reads as no longer offered.
/// </summary>
public sealed class PurchaseOptionQuotes(IEnumerable<IPurchaseOptions> registered)
{
    private readonly IPurchaseOptions? _options = registered.LastOrDefault();

    /// <summary>
    /// One quote per line, in order; null where the option is not offered, including a quote in
    /// another currency than the line's price, which the cart could not add up.
    /// </summary>
    public async Task<IReadOnlyList<PurchaseOptionQuote?>> QuoteAsync(IReadOnlyList<PurchaseOptionRequest> lines, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Count == 0 || _options is null)
        {
            return new PurchaseOptionQuote?[lines.Count];
        }

        var quotes = await _options.QuoteAsync(lines, cancellationToken);
        if (quotes.Count != lines.Count)
        {
            throw new InvalidOperationException($"Asked to price {lines.Count} purchase options, {_options.GetType().Name} priced {quotes.Count}.");
        }

        return [.. quotes.Select((quote, i) => quote is not null && InCurrency(quote, lines[i].UnitPrice.Currency) ? quote : null)];
    }

    /// <summary>Of <paramref name="productIds"/>, those that can only be bought with an option (subscription-only products).</summary>
    public async Task<IReadOnlySet<Guid>> RequiringOptionAsync(IReadOnlyCollection<Guid> productIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(productIds);
        return _options is null || productIds.Count == 0
            ? new HashSet<Guid>()
            : await _options.RequiringOptionAsync(productIds, cancellationToken);
    }

    private static bool InCurrency(PurchaseOptionQuote quote, string currency) =>
        quote.DueNow.Currency == currency && quote.Recurring.Currency == currency && quote.DueNow.MinorUnits >= 0;
}
