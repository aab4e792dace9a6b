using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Payments;

namespace WalkingDrum.Commerce.Services.Orders;

/// <summary>A refund as the order page's form posts it.</summary>
/// <param name="RequestId">Made when the form was shown; the same form always asks for the same refund.</param>
/// <param name="Amount">Major units in the order's currency, e.g. <c>12.50</c>.</param>
/// <param name="Reason">The merchant's reason, optional.</param>
/// <param name="RefundedBefore">The order's refunded total (minor units) when the form was shown.</param>
public sealed record RefundInput(Guid RequestId, string? Amount, string? Reason, long RefundedBefore);

/// <summary>How a refund request ended.</summary>
public enum RefundOutcome
{
    /// <summary>The processor refunded and the refund is recorded.</summary>
    Recorded,

    /// <summary>This request's refund was recorded before (a repeated form); nothing new happened.</summary>
    AlreadyRecorded,

    /// <summary>The shop has no such order.</summary>
    NotFound,

    /// <summary>The input was refused before asking the processor.</summary>
    Invalid,

    /// <summary>Another refund was recorded since the form was shown; nothing was asked.</summary>
    Stale,

    /// <summary>The processor refused; nothing was refunded or written.</summary>
    Refused,

    /// <summary>The processor could not be reached; the same form may be sent again.</summary>
    Unavailable,
}

/// <summary>The outcome of a refund request: the refund, or the problems by field (<c>""</c> for the form).</summary>
public sealed record RefundResult(RefundOutcome Outcome, CatalogErrors Errors, OrderRefund? Refund = null);

/// <summary>
/// Gives money back on an order through the payment processor, exactly once per refund form: the
/// form's request id is the refund's row id and, with the order id, the processor's idempotency key.
/// </summary>
public sealed partial class OrderRefunds(WalkingDrumDbContext db, IPaymentRefunds processor, OrderRefundSync sync, TimeProvider clock)
{
    public const string AmountField = nameof(RefundInput.Amount);
    public const string ReasonField = nameof(RefundInput.Reason);

    /// <summary>The reason column's length, which is also Stripe's limit for a metadata value.</summary>
    public const int MaxReasonLength = 500;

    private const string OutOfDate = "This refund form is out of date. Reload the order and try again.";

    private const string Meanwhile = "Another refund was recorded on this order meanwhile, so nothing was refunded. Check what is left and try again.";

    /// <summary>The processor's idempotency key for one refund form of one order.</summary>
    public static string IdempotencyKey(Guid orderId, Guid requestId) => $"order-refund-{orderId:N}-{requestId:N}";

    /// <summary>The reference a refund form's refund carries at the processor: its request id.</summary>
    public static string Reference(Guid requestId) => requestId.ToString("N");

    public async Task<RefundResult> RefundAsync(Guid orderId, RefundInput input, string author, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new CatalogErrors();
        var order = await db.Set<Order>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == orderId, cancellationToken);
        if (order is null)
        {
            return new(RefundOutcome.NotFound, errors);
        }

        if (input.RequestId == Guid.Empty)
        {
            errors.Add("", OutOfDate);
            return new(RefundOutcome.Invalid, errors);
        }

        // A repeated form (double click, browser resubmit) finds its refund without asking the
        // processor again, and says so instead of "more than is left".
        var earlier = await db.Set<OrderRefund>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == input.RequestId, cancellationToken);
        if (earlier is not null)
        {
            if (earlier.OrderId == orderId)
            {
                return new(RefundOutcome.AlreadyRecorded, errors, earlier);
            }

            errors.Add("", OutOfDate);
            return new(RefundOutcome.Invalid, errors);
        }

        if (order.RefundedMinor != input.RefundedBefore)
        {
            errors.Add("", Meanwhile);
            return new(RefundOutcome.Stale, errors);
        }

        var amount = CheckAmount(order, input.Amount, errors);
        var reason = CheckReason(input.Reason, errors);
        if (amount is null || !errors.IsEmpty)
        {
            return new(RefundOutcome.Invalid, errors);
        }

        // From here on the request's cancellation is ignored: once the processor may have moved
        // money, the refund must be recorded even if the merchant's browser went away.
        //
        // The order may not know every refund of its payment: one made in the processor's dashboard
        // whose event has not arrived, or one this page made just before the process died (then the
        // merchant may send the same form again, or reload the page and send a new one). So the
        // processor's list comes first, and the amount left is judged on it.
        IReadOnlyList<PaymentRefund> held;
        try
        {
            held = await processor.ListAsync(order.PaymentId, CancellationToken.None);
        }
        catch (PaymentException ex)
        {
            errors.Add("", ex.Message);
            return new(ex.IsTransient ? RefundOutcome.Unavailable : RefundOutcome.Refused, errors);
        }

        var reference = Reference(input.RequestId);
        if (held.FirstOrDefault(r => r.Reference == reference) is { } made)
        {
            // This very form refunded before a crash and is sent again: record that refund, once.
            return await RecordAsync(orderId, input.RequestId, made, reason, author);
        }

        var found = await SyncAsync(new RefundReport(order.PaymentId, held));
        if (await db.Set<OrderRefund>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == input.RequestId, CancellationToken.None) is { } twin)
        {
            // A copy of this form sent at the same moment got there first.
            return new(RefundOutcome.AlreadyRecorded, errors, twin);
        }

        var current = await db.Set<Order>().AsNoTracking().FirstAsync(o => o.Id == orderId, CancellationToken.None);
        if (current.RefundedMinor != input.RefundedBefore)
        {
            errors.Add("", found.Count == 0 ? Meanwhile : FoundElsewhere(found));
            return new(RefundOutcome.Stale, errors);
        }

        // The same request id gives the same idempotency key: a retry after a timeout, or the same
        // form sent again after a crash, gets the refund already made instead of a second one.
        PaymentRefund refund;
        try
        {
            refund = await processor.RefundAsync(
                new PaymentRefundRequest(order.PaymentId, amount.Value, IdempotencyKey(orderId, input.RequestId), reference, reason),
                CancellationToken.None);
        }
        catch (PaymentException ex)
        {
            errors.Add("", ex.Message);
            return new(ex.IsTransient ? RefundOutcome.Unavailable : RefundOutcome.Refused, errors);
        }

        return await RecordAsync(orderId, input.RequestId, refund, reason, author);
    }
}
