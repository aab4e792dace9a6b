using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Services.Carts;
using WalkingDrum.Commerce.Services.Checkout;
using WalkingDrum.Commerce.Services.Coupons;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Payments;

namespace WalkingDrum.Commerce.Services.Orders;

/// <summary>
/// Makes the order of a paid checkout, once: the processor may report one payment several times,
/// in any order, and the success page may ask first. Everything it writes (the order and its
/// number, the stock taken, the coupon's use, what the <see cref="IOrderPlacedHandler"/>s stage, the
/// emptied cart and the confirmation email) is committed by the caller's transaction together, or
/// not at all.
/// </summary>
public sealed partial class OrderRecorder(
    WalkingDrumDbContext db, ShopSequences sequences, CouponRedemptions coupons, CartService carts, OrderConfirmation confirmation,
    IEnumerable<IOrderPlacedHandler> placedHandlers, TimeProvider clock, ILogger<OrderRecorder> logger) : ICheckoutCompletionHandler
{
    /// <summary>Numbers start here, so a shop's first order does not look like its first.</summary>
    public const long FirstNumber = 1001;

    /// <summary>The shop sequence order numbers come from.</summary>
    public const string NumberSequence = "order";

    public async Task HandleAsync(CheckoutCompletion completion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(completion);
        if (!completion.Metadata.TryGetValue(OrderMetadata.DraftKey, out var draftText) || !Guid.TryParse(draftText, out var draftId))
        {
            return; // Another module's payment.
        }

        if (await db.Set<Order>().AnyAsync(o => o.CheckoutSessionId == completion.SessionId, cancellationToken))
        {
            return;
        }

        // Retrying cannot make a missing draft appear, but failing leaves the paid event visible in the inbox.
        var draft = await db.Set<CheckoutDraft>().FirstOrDefaultAsync(d => d.Id == draftId, cancellationToken)
            ?? throw new InvalidOperationException($"Checkout {completion.SessionId} was paid, but its draft {draftId} is gone.");
        var order = await CreateAsync(draft, completion, cancellationToken);
        await TakeStockAsync(order, cancellationToken);
        await RedeemCouponAsync(order, draft, cancellationToken);
        CheckAmount(order, completion);
        await TellHandlersAsync(order, draft, completion, cancellationToken);
        await EmptyCartAsync(draft, cancellationToken);
        // A crash right after the payment page opened left the draft without its session.
        draft.SessionId ??= completion.SessionId;
        await db.SaveChangesAsync(cancellationToken);
        await confirmation.QueueAsync(order, draft.StorefrontUrl, cancellationToken);
        LogRecorded(logger, order.Number, completion.SessionId);
    }

    private async Task<Order> CreateAsync(CheckoutDraft draft, CheckoutCompletion completion, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        // Taken first, so concurrent recordings queue on the counter before touching stock rows.
        var number = await sequences.NextAsync(NumberSequence, FirstNumber, cancellationToken);
        var order = new Order
        {
            Number = number,
            CheckoutSessionId = completion.SessionId,
            PaymentId = completion.PaymentId,
            Email = draft.Email,
            UserId = draft.UserId,
            IsTest = completion.IsTest,
            PaymentStatus = OrderPaymentStatus.Paid,
            FulfillmentStatus = OrderFulfillmentStatus.Unfulfilled,
            Currency = draft.Currency,
            SubtotalMinor = draft.SubtotalMinor,
            DiscountMinor = draft.DiscountMinor,
            ShippingMinor = draft.ShippingMinor,
            TaxMinor = draft.TaxMinor,
            TotalMinor = draft.TotalMinor,
            CouponCode = draft.CouponCode,
            ShippingMethod = draft.ShippingMethod,
            TaxLabel = draft.TaxLabel,
            ShippingAddress = CheckoutDrafts.Address(draft),
            PlacedAt = now,
            UpdatedAt = now,
        };
        var position = 0;
        foreach (var line in CheckoutDrafts.Lines(draft))
        {
            order.Lines.Add(new OrderLine
            {
                Position = position++,
                VariantId = line.VariantId,
                ProductId = line.ProductId,
                Title = line.Title,
                Sku = line.Sku,
                Quantity = line.Quantity,
                PurchaseOption = line.PurchaseOption,
                UnitPriceMinor = line.UnitPriceMinor,
                LineTotalMinor = line.LineTotalMinor,
                Currency = draft.Currency,
            });
        }

        db.Add(order);
        return order;
    }

    // One guarded UPDATE per line, so concurrent orders never lose a decrement. The payment is
    // taken already, so stock may go below zero: the merchant sees the oversell and a note says so.
    private async Task TakeStockAsync(Order order, CancellationToken cancellationToken)
    {
        foreach (var line in order.Lines)
        {
            await db.Set<ProductVariant>()
                .Where(v => v.Id == line.VariantId && v.TrackInventory)
                .ExecuteUpdateAsync(s => s.SetProperty(v => v.Stock, v => v.Stock - line.Quantity), cancellationToken);
        }

        var variantIds = order.Lines.Select(l => l.VariantId).ToArray();
        var oversold = await db.Set<ProductVariant>().AsNoTracking()
            .Where(v => variantIds.Contains(v.Id) && v.TrackInventory && v.Stock < 0)
            .Select(v => v.Id).ToListAsync(cancellationToken);
        foreach (var line in order.Lines.Where(l => oversold.Contains(l.VariantId)))
        {
            AddNote(order, $"Oversold: {line.Title} is now below zero in stock.");
        }
    }

    private async Task RedeemCouponAsync(Order order, CheckoutDraft draft, CancellationToken cancellationToken)
    {
        if (draft.CouponId is not { } couponId)
        {
            return;
        }

        // The shopper has paid the discounted price, so the order keeps it even when the code ran out meanwhile.
        var redemption = await coupons.TryRedeemAsync(couponId, cancellationToken);
        if (!redemption.Redeemed)
        {
            AddNote(order, $"Code {draft.CouponCode} was honoured although {redemption.Problem?.TrimEnd('.').ToLowerInvariant()}.");
        }
    }

    private void CheckAmount(Order order, CheckoutCompletion completion)
    {
        if (completion.AmountPaid != order.Total)
        {
            AddNote(order, $"The payment ({completion.AmountPaid.ToDisplayString()}) differs from the order total ({order.Total.ToDisplayString()}).");
            LogAmountMismatch(logger, order.Number, completion.AmountPaid.ToString(), order.Total.ToString());
        }
    }

    // Before anything is saved: a handler that throws leaves no order, and the payment's event is retried.
    private async Task TellHandlersAsync(Order order, CheckoutDraft draft, CheckoutCompletion completion, CancellationToken cancellationToken)
    {
        var lines = order.Lines.Select(l => new PlacedOrderLine(l.ProductId, l.VariantId, l.Title, l.Quantity, l.UnitPrice, l.LineTotal, l.PurchaseOption));
        var placed = new PlacedOrder(order.Id, order.Number, order.Email, order.UserId, [.. lines], draft.CouponId, completion,
            draft.StorefrontUrl, order.PlacedAt);
        foreach (var handler in placedHandlers)
        {
            await handler.HandleAsync(placed, cancellationToken);
        }
    }

    // A cart changed after the payment page opened (another tab) keeps what the shopper added since.
    private async Task EmptyCartAsync(CheckoutDraft draft, CancellationToken cancellationToken)
    {
        var version = await db.Set<Cart>().Where(c => c.Id == draft.CartId).Select(c => (DateTimeOffset?)c.UpdatedAt).FirstOrDefaultAsync(cancellationToken);
        if (version == draft.CartVersion)
        {
            await carts.ClearAsync(draft.CartId, cancellationToken);
        }
    }

    private void AddNote(Order order, string text) =>
        order.Notes.Add(new OrderNote { OrderId = order.Id, Text = text, CreatedAt = clock.GetUtcNow() });

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {Number} recorded for checkout {SessionId}")]
    private static partial void LogRecorded(ILogger logger, long number, string sessionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {Number}: paid {Paid} but the total is {Total}")]
    private static partial void LogAmountMismatch(ILogger logger, long number, string paid, string total);
}
