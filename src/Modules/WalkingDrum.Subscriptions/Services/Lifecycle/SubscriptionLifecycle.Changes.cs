using WalkingDrum.Subscriptions.Models;

namespace WalkingDrum.Subscriptions.Services.Lifecycle;

/// <summary>
/// Changes to what the next renewals deliver and when. Swaps and quantities take effect from the
/// next renewal without proration (the current period was delivered as bought); plan changes,
/// which are prorated, are in their own part.
/// </summary>
public sealed partial class SubscriptionLifecycle
{
    /// <summary>Skips the next renewal: no charge and no delivery for that cycle.</summary>
    public LifecycleResult SkipNextRenewal(Subscription subscription, SubscriptionActor actor)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var now = Now;
        var refusal = RequireStatus(subscription, SubscriptionStatus.Active)
            ?? RequireRenewal(subscription)
            ?? (subscription.SkipNextRenewal ? $"The renewal of {Day(subscription.NextBillingAt!.Value)} is already skipped." : null)
            ?? (subscription.PrepaidCyclesRemaining > 0 ? "The next cycle is already paid for." : null)
            ?? RequireBeforeCutoff(subscription, now);
        if (refusal is not null)
        {
            return LifecycleResult.Refused(refusal);
        }

        var due = subscription.NextBillingAt!.Value;
        subscription.SkipNextRenewal = true;
        return Record(subscription, SubscriptionEventKind.SkipScheduled, actor,
            $"Will skip the renewal of {Day(due)}; the next charge is on {Day(CycleAfter(subscription, due))}.");
    }

    /// <summary>Undoes <see cref="SkipNextRenewal"/>.</summary>
    public LifecycleResult UndoSkip(Subscription subscription, SubscriptionActor actor)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var refusal = RequireStatus(subscription, SubscriptionStatus.Active)
            ?? (!subscription.SkipNextRenewal ? "No renewal is skipped." : null)
            ?? RequireBeforeCutoff(subscription, Now);
        if (refusal is not null)
        {
            return LifecycleResult.Refused(refusal);
        }

        subscription.SkipNextRenewal = false;
        return Record(subscription, SubscriptionEventKind.SkipUndone, actor, $"The renewal of {Day(subscription.NextBillingAt!.Value)} is no longer skipped.");
    }

    /// <summary>Replaces item <paramref name="itemId"/> with another product or variant at its recurring price, from the next renewal.</summary>
    public LifecycleResult SwapItem(Subscription subscription, Guid itemId, ItemChoice choice, SubscriptionActor actor)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(choice);
        var item = subscription.Items.Find(i => i.Id == itemId);
        var refusal = RequireOpen(subscription)
            ?? (item is null ? "This subscription has no such item." : null)
            ?? (item!.VariantId == choice.VariantId ? $"The subscription already renews {item.Title}." : null)
            ?? (subscription.Items.Exists(i => i.VariantId == choice.VariantId) ? $"The subscription already renews {choice.Title}; change its quantity instead." : null)
            ?? (string.IsNullOrWhiteSpace(choice.Title) ? "Name the new item." : null)
            ?? (choice.UnitPrice.Currency != subscription.Currency ? $"The new price must be in {subscription.Currency}." : null)
            ?? (choice.UnitPrice.MinorUnits < 0 ? "A price cannot be negative." : null)
            ?? RequireBeforeCutoff(subscription, Now);
        if (refusal is not null)
        {
            return LifecycleResult.Refused(refusal);
        }

        var before = item!.Title;
        (item.ProductId, item.VariantId, item.Title) = (choice.ProductId, choice.VariantId, Trim(choice.Title, SubscriptionItem.MaxTitleLength));
        item.UnitPriceMinor = choice.UnitPrice.MinorUnits;
        return Record(subscription, SubscriptionEventKind.ItemSwapped, actor,
            $"Swapped {before} for {item.Title} at {choice.UnitPrice.ToDisplayString()} each, from the next renewal.");
    }

    /// <summary>Sets how many units of item <paramref name="itemId"/> renew, from the next renewal.</summary>
    public LifecycleResult ChangeQuantity(Subscription subscription, Guid itemId, int quantity, SubscriptionActor actor)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var item = subscription.Items.Find(i => i.Id == itemId);
        var refusal = RequireOpen(subscription)
            ?? (item is null ? "This subscription has no such item." : null)
            ?? (quantity < 1 || quantity > _options.MaximumQuantity ? $"Choose a quantity from 1 to {_options.MaximumQuantity}." : null)
            ?? (item!.Quantity == quantity ? $"The quantity is already {quantity}." : null)
            ?? RequireBeforeCutoff(subscription, Now);
        if (refusal is not null)
        {
            return LifecycleResult.Refused(refusal);
        }

        var before = item!.Quantity;
        item.Quantity = quantity;
        return Record(subscription, SubscriptionEventKind.QuantityChanged, actor,
            $"Changed the quantity of {item.Title} from {before} to {quantity}, from the next renewal.");
    }

    /// <summary>
    /// Moves the next renewal to <paramref name="date"/>: after now, and at most one interval beyond
    /// the renewal after the current one. The current period stretches or shrinks to the new date
    /// without proration (access lasts until it), and later renewals follow the new date's calendar.
    /// </summary>
    public LifecycleResult ChangeNextBillingDate(Subscription subscription, DateTimeOffset date, SubscriptionActor actor)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var now = Now;
        date = WholeSeconds(date);
        var refusal = RequireStatus(subscription, SubscriptionStatus.Active)
            ?? RequireRenewal(subscription)
            ?? (subscription.PrepaidCyclesRemaining > 0 ? $"The cycles until {Day(subscription.PaidThrough)} are already paid for." : null)
            ?? RequireBeforeCutoff(subscription, now);
        var current = subscription.NextBillingAt;
        var latest = current is { } due ? CycleAfter(subscription, due) : default;
        refusal ??= date <= now ? "Choose a date in the future."
            : date > latest ? $"Choose a date no later than {Day(latest)}, one interval after the next renewal."
            : date == current ? $"The next renewal is already on {Day(date)}."
            : null;
        if (refusal is not null)
        {
            return LifecycleResult.Refused(refusal);
        }

        subscription.BillingAnchor = subscription.CurrentPeriodEnd = date;
        subscription.NextBillingAt = date;
        if (subscription.PaidThrough < date)
        {
            subscription.PaidThrough = date;
        }

        return Record(subscription, SubscriptionEventKind.NextBillingDateChanged, actor,
            $"Moved the next renewal from {Day(current!.Value)} to {Day(date)}.");
    }

    /// <summary>Records the card renewals charge from now on; a past-due or unpaid renewal is retried at once.</summary>
    public LifecycleResult UpdatePaymentMethod(Subscription subscription, SavedCard card, SubscriptionActor actor)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(card);
        var refusal = RequireStatus(subscription, SubscriptionStatus.Trialing, SubscriptionStatus.Active, SubscriptionStatus.PastDue,
                SubscriptionStatus.Paused, SubscriptionStatus.Unpaid)
            ?? (string.IsNullOrWhiteSpace(card.PaymentMethodId) || string.IsNullOrWhiteSpace(card.ProcessorCustomerId) ? "The card is incomplete." : null);
        if (refusal is not null)
        {
            return LifecycleResult.Refused(refusal);
        }

        ApplyCard(subscription, card);
        var text = $"Renewals now charge {card.Brand ?? "the card"} ending {card.Last4 ?? "…"}.";
        if (subscription.Status is SubscriptionStatus.PastDue or SubscriptionStatus.Unpaid)
        {
            subscription.Status = SubscriptionStatus.PastDue;
            subscription.NextRetryAt = Now;
            text += " The overdue renewal is retried now.";
        }

        return Record(subscription, SubscriptionEventKind.PaymentMethodUpdated, actor, text);
    }

    /// <summary>Refuses changes to a subscription that has ended or is unpaid.</summary>
    private static string? RequireOpen(Subscription subscription) =>
        RequireStatus(subscription, SubscriptionStatus.Trialing, SubscriptionStatus.Active, SubscriptionStatus.PastDue, SubscriptionStatus.Paused);

    private static string? RequireRenewal(Subscription subscription) =>
        subscription.NextBillingAt is null ? $"Nothing renews: the subscription ends on {Day(subscription.CurrentPeriodEnd)}." : null;

    private static string Trim(string text, int maxLength)
    {
        text = text.Trim();
        return text.Length <= maxLength ? text : text[..maxLength];
    }
}
