using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Payments;

namespace WalkingDrum.Commerce.Services.Orders;

/// <summary>
/// Brings an order in line with the refunds its payment has at the processor: refunds made outside
/// the admin (the processor's dashboard, its API) or lost in a crash are recorded once, by the
/// processor's refund id, and known ones take the processor's current status. Webhooks and the
/// admin's refund form both come through here.
/// </summary>
public sealed class OrderRefundSync(WalkingDrumDbContext db, TimeProvider clock) : IRefundReportHandler
{
    public async Task HandleAsync(RefundReport report, CancellationToken cancellationToken) =>
        await ApplyAsync(report, cancellationToken);

    /// <summary>Stages and saves what the report changes; returns the refunds recorded for the first time.</summary>
    public async Task<IReadOnlyList<OrderRefund>> ApplyAsync(RefundReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var order = await db.Set<Order>().Include(o => o.Refunds)
            .FirstOrDefaultAsync(o => o.PaymentId == report.PaymentId, cancellationToken);
        if (order is null)
        {
            // Not an order's payment (or another shop's, which the query filter hides).
            return [];
        }

        var now = clock.GetUtcNow();
        var added = new List<OrderRefund>();
        var changed = false;
        foreach (var refund in report.Refunds)
        {
            var known = order.Refunds.FirstOrDefault(r => r.ProcessorRefundId == refund.RefundId);
            if (known is null)
            {
                var row = await NewRowAsync(order, refund, now, cancellationToken);
                db.Add(row);
                order.Refunds.Add(row);
                db.Add(new OrderNote { OrderId = order.Id, Text = NoteFor(row, fromForm: Guid.TryParseExact(refund.Reference, "N", out _)), CreatedAt = now });
                added.Add(row);
            }
            else if (known.Status != refund.Status)
            {
                db.Add(new OrderNote
                {
                    OrderId = order.Id,
                    Text = $"Refund {known.ProcessorRefundId} of {known.Amount.ToDisplayString()} is now {refund.Status} (was {known.Status}).",
                    CreatedAt = now,
                });
                known.Status = refund.Status;
                changed = true;
            }
        }

        if (added.Count > 0 || changed)
        {
            Settle(order, order.Refunds, now);
            await db.SaveChangesAsync(cancellationToken);
        }

        return added;
    }

    /// <summary>Sets the order's refunded total and payment status from its refunds, and marks it changed.</summary>
    internal static void Settle(Order order, IEnumerable<OrderRefund> refunds, DateTimeOffset now)
    {
        var refunded = refunds.Where(r => PaymentRefund.Counting(r.Status)).Sum(r => r.AmountMinor);
        order.RefundedMinor = refunded;
        order.PaymentStatus = refunded <= 0 ? OrderPaymentStatus.Paid
            : refunded >= order.TotalMinor ? OrderPaymentStatus.Refunded
            : OrderPaymentStatus.PartiallyRefunded;
        order.UpdatedAt = now;
        order.Version++;
    }

    private async Task<OrderRefund> NewRowAsync(Order order, PaymentRefund refund, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var row = new OrderRefund
        {
            OrderId = order.Id,
            ProcessorRefundId = refund.RefundId,
            AmountMinor = refund.Amount.MinorUnits,
            Currency = refund.Amount.Currency,
            Status = refund.Status,
            CreatedAt = now,
        };

        // A refund the admin's form made carries the form's request id: recorded under it, the same
        // form sent again finds it instead of refunding anew.
        if (Guid.TryParseExact(refund.Reference, "N", out var requestId)
            && !await db.Set<OrderRefund>().AnyAsync(r => r.Id == requestId, cancellationToken))
        {
            row.Id = requestId;
        }

        return row;
    }

    private static string NoteFor(OrderRefund refund, bool fromForm) => fromForm
        ? $"Refunded {refund.Amount.ToDisplayString()} (refund {refund.ProcessorRefundId}, {refund.Status}); made from this page, recorded from the payment processor."
        : $"Refunded {refund.Amount.ToDisplayString()} outside the admin (refund {refund.ProcessorRefundId}, {refund.Status}).";
}
