using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Core.Payments;

namespace WalkingDrum.Commerce.Services.Orders;

/// <summary>Recording a refund the processor made.</summary>
public sealed partial class OrderRefunds
{
    private const int RecordAttempts = 5;

    // The processor has answered, so money moved: a conflict with another change to the order
    // (its version) or with a twin request recording the same refund is no reason to give up.
    // Each attempt reads the order afresh and writes the refund row, the order's totals and the
    // note in one SaveChanges, which is one transaction; the unique refund id makes a repeat a no-op.
    private async Task<RefundResult> RecordAsync(Guid orderId, Guid requestId, PaymentRefund refund, string? reason, string author)
    {
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var recorded = await db.Set<OrderRefund>().AsNoTracking()
                .FirstOrDefaultAsync(r => r.ProcessorRefundId == refund.RefundId || r.Id == requestId);
            if (recorded is not null)
            {
                return new(RefundOutcome.AlreadyRecorded, new CatalogErrors(), recorded);
            }

            var order = await db.Set<Order>().FirstAsync(o => o.Id == orderId);
            var now = clock.GetUtcNow();
            var row = new OrderRefund
            {
                Id = requestId,
                OrderId = orderId,
                ProcessorRefundId = refund.RefundId,
                AmountMinor = refund.Amount.MinorUnits,
                Currency = refund.Amount.Currency,
                Status = refund.Status,
                Reason = reason,
                Author = author,
                CreatedAt = now,
            };
            var refunded = order.Refunded + refund.Amount;
            order.RefundedMinor = refunded.MinorUnits;
            order.PaymentStatus = refunded >= order.Total ? OrderPaymentStatus.Refunded : OrderPaymentStatus.PartiallyRefunded;
            order.UpdatedAt = now;
            order.Version++;
            db.Add(row);
            db.Add(new OrderNote { OrderId = orderId, Text = NoteFor(row, author), CreatedAt = now });
            try
            {
                await db.SaveChangesAsync();
                return new(RefundOutcome.Recorded, new CatalogErrors(), row);
            }
            catch (DbUpdateException) when (attempt < RecordAttempts)
            {
                // Read again: either the twin request recorded it, or the order moved on.
            }
        }
    }

    private static string NoteFor(OrderRefund refund, string author)
    {
        var by = author.Length > 0 ? $" by {author}" : "";
        var reason = refund.Reason is { Length: > 0 } text ? $" Reason: {text}" : "";
        return $"Refunded {refund.Amount.ToDisplayString()}{by} (refund {refund.ProcessorRefundId}, {refund.Status}).{reason}";
    }
}
