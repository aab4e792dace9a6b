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

            var order = await db.Set<Order>().Include(o => o.Refunds).FirstAsync(o => o.Id == orderId);
            if (order.Refunds.FirstOrDefault(r => r.ProcessorRefundId == refund.RefundId || r.Id == requestId) is { } twin)
            {
                // The twin request committed between the two reads.
                return new(RefundOutcome.AlreadyRecorded, new CatalogErrors(), twin);
            }

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
            db.Add(row);
            order.Refunds.Add(row);
            OrderRefundSync.Settle(order, order.Refunds, now);
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

    // The same retry for the processor's list: a webhook may record the same refunds at the same
    // moment, which the unique refund id turns into a conflict here; the next attempt finds them known.
    private async Task<IReadOnlyList<OrderRefund>> SyncAsync(RefundReport report)
    {
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            try
            {
                return await sync.ApplyAsync(report, CancellationToken.None);
            }
            catch (DbUpdateException) when (attempt < RecordAttempts)
            {
            }
        }
    }

    private static string FoundElsewhere(IReadOnlyList<OrderRefund> found) =>
        $"The payment processor has refunds this order did not show ({string.Join(", ", found.Select(r => r.Amount.ToDisplayString()))}), "
        + "made outside this page or lost before they were recorded. They are recorded now and nothing more was refunded. Check what is left and try again.";

    private static string NoteFor(OrderRefund refund, string author)
    {
        var by = author.Length > 0 ? $" by {author}" : "";
        var reason = refund.Reason is { Length: > 0 } text ? $" Reason: {text}" : "";
        return $"Refunded {refund.Amount.ToDisplayString()}{by} (refund {refund.ProcessorRefundId}, {refund.Status}).{reason}";
    }
}
