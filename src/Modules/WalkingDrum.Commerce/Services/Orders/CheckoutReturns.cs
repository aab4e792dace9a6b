using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Payments;

namespace WalkingDrum.Commerce.Services.Orders;

/// <summary>What the success page found for a checkout session.</summary>
/// <param name="Order">The order, once recorded.</param>
/// <param name="Known">Whether the session is one of this shop's checkouts at all.</param>
/// <param name="Problem">Why the payment could not be checked just now.</param>
public sealed record CheckoutReturn(Order? Order, bool Known, string? Problem);

/// <summary>
/// The shopper back from the payment page, perhaps before the processor's event: when the order
/// is not recorded yet the processor is asked directly and the same <see cref="OrderRecorder"/>
/// records it, so the page shows the order at once and the event later finds it done.
/// </summary>
public sealed partial class CheckoutReturns(WalkingDrumDbContext db, IHostedCheckout hosted, OrderRecorder recorder, ILogger<CheckoutReturns> logger)
{
    public async Task<CheckoutReturn> FindAsync(string sessionId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        if (await LoadAsync(sessionId, cancellationToken) is { } recorded)
        {
            return new(recorded, true, null);
        }

        if (!await db.Set<CheckoutDraft>().AnyAsync(d => d.SessionId == sessionId, cancellationToken))
        {
            return new(null, false, null);
        }

        CheckoutCompletion? completion;
        try
        {
            completion = await hosted.FindCompletionAsync(sessionId, cancellationToken);
        }
        catch (PaymentException)
        {
            return new(null, true, "We couldn’t check your payment just now. If you paid, your order will appear here in a moment.");
        }

        if (completion is null)
        {
            return new(null, true, null);
        }

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await recorder.HandleAsync(completion, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException) when (!cancellationToken.IsCancellationRequested)
        {
            // The processor's event recorded the order at the same moment; its order is the one.
            db.ChangeTracker.Clear();
        }
        catch (Exception ex) when (ex is not OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // Recording failed as a whole (an order-placed handler refused); the processor's event
            // is retried, so the shopper is told the order follows rather than shown an error.
            db.ChangeTracker.Clear();
            LogNotRecorded(logger, ex, sessionId);
            return new(null, true, "Thank you: we’re still recording your order. It will appear here in a moment.");
        }

        return new(await LoadAsync(sessionId, cancellationToken), true, null);
    }

    private Task<Order?> LoadAsync(string sessionId, CancellationToken cancellationToken) =>
        db.Set<Order>().AsNoTracking().Include(o => o.Lines).AsSplitQuery()
            .FirstOrDefaultAsync(o => o.CheckoutSessionId == sessionId, cancellationToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The order of checkout {SessionId} could not be recorded from the success page")]
    private static partial void LogNotRecorded(ILogger logger, Exception exception, string sessionId);
}
