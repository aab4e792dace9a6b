using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Core.Data;

namespace WalkingDrum.Commerce.Services.Orders;

/// <summary>How an attempt to change an order ended.</summary>
public enum OrderChangeOutcome
{
    /// <summary>Changed and saved.</summary>
    Done,

    /// <summary>The shop has no such order.</summary>
    NotFound,

    /// <summary>The order changed since the form was shown; nothing was done.</summary>
    Stale,

    /// <summary>The input or the order's state does not allow it; nothing was done.</summary>
    Refused,
}

/// <summary>The outcome of a change, with what to tell the merchant.</summary>
public sealed record OrderChangeResult(OrderChangeOutcome Outcome, string Message);

/// <summary>
/// Moves an order between unfulfilled, fulfilled and canceled, with a note saying who did it. The
/// form carries the order's <see cref="Order.Version"/>: a form shown before someone else changed
/// the order is refused rather than applied over their change.
/// </summary>
public sealed class OrderFulfillment(WalkingDrumDbContext db, TimeProvider clock)
{
    public const string StaleMessage = "This order changed meanwhile, so nothing was done. Reload it, check it and try again.";

    public async Task<OrderChangeResult> MoveAsync(Guid orderId, int version, OrderFulfillmentStatus to, string actor, CancellationToken cancellationToken)
    {
        var order = await db.Set<Order>().FirstOrDefaultAsync(o => o.Id == orderId, cancellationToken);
        if (order is null)
        {
            return new(OrderChangeOutcome.NotFound, "");
        }

        if (order.Version != version)
        {
            return new(OrderChangeOutcome.Stale, StaleMessage);
        }

        if (Refusal(order.FulfillmentStatus, to) is { } refusal)
        {
            return new(OrderChangeOutcome.Refused, refusal);
        }

        var now = clock.GetUtcNow();
        order.FulfillmentStatus = to;
        order.FulfilledAt = to == OrderFulfillmentStatus.Fulfilled ? now : null;
        order.UpdatedAt = now;
        order.Version++;
        var done = to switch
        {
            OrderFulfillmentStatus.Fulfilled => "Marked as fulfilled",
            OrderFulfillmentStatus.Canceled => "Canceled",
            _ => "Marked as unfulfilled",
        };
        db.Add(new OrderNote { OrderId = order.Id, Text = actor.Length > 0 ? $"{done} by {actor}." : done + ".", CreatedAt = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone else saved the order between our read and our write.
            db.ChangeTracker.Clear();
            return new(OrderChangeOutcome.Stale, StaleMessage);
        }

        return new(OrderChangeOutcome.Done, $"Order {OrderText.Number(order.Number)}: {done.ToLowerInvariant()}.");
    }

    private static string? Refusal(OrderFulfillmentStatus from, OrderFulfillmentStatus to) => (from, to) switch
    {
        (OrderFulfillmentStatus.Unfulfilled, OrderFulfillmentStatus.Fulfilled or OrderFulfillmentStatus.Canceled) => null,
        (OrderFulfillmentStatus.Fulfilled or OrderFulfillmentStatus.Canceled, OrderFulfillmentStatus.Unfulfilled) => null,
        _ when from == to => $"This order is already {OrderText.Label(to).ToLowerInvariant()}.",
        (OrderFulfillmentStatus.Fulfilled, _) => "A fulfilled order cannot be canceled: mark it unfulfilled first.",
        _ => "A canceled order cannot be fulfilled: mark it unfulfilled first.",
    };
}
