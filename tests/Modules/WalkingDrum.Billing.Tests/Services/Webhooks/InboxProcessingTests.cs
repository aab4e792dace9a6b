using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Billing.Models;
using WalkingDrum.Billing.Services.Webhooks;
using WalkingDrum.Billing.Tests.Fixtures;
using WalkingDrum.Core.Identity;
using WalkingDrum.Core.Money;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Billing.Tests.Services.Webhooks;

/// <summary>Stored events are processed once inside their shop; failures roll back and retry.</summary>
[Collection(AppCollection.Name)]
public sealed class InboxProcessingTests(BillingApp app)
{
    private HandlerLog Log => app.Services.GetRequiredService<HandlerLog>();

    [Fact]
    public async Task An_event_delivered_three_times_reaches_its_handler_once_inside_its_shop()
    {
        var (shop, secret) = await PaymentShops.CreateWithKeysAsync(app);
        var eventId = StripeEvents.Id();
        var payload = StripeEvents.Probe(eventId);

        for (var copy = 0; copy < 3; copy++)
        {
            using var _ = await PaymentShops.DeliverAsync(shop, payload, StripeEvents.Sign(payload, secret));
        }

        var row = await WaitForAsync(shop, eventId, InboxStatus.Processed);
        Assert.Equal(1, row.Attempts);
        Assert.Null(row.LeaseOwner);
        Assert.Equal([eventId], Log.ProbesOf(shop.Tenant.Id));
        Assert.Equal(1, await MarkersAsync(shop, eventId));
    }

    [Fact]
    public async Task Events_no_handler_wants_are_marked_processed_without_reaching_any_handler()
    {
        var (shop, secret) = await PaymentShops.CreateWithKeysAsync(app);
        var ids = Enumerable.Range(0, 5).Select(_ => StripeEvents.Id()).ToList();

        foreach (var id in ids)
        {
            var payload = StripeEvents.Envelope(id, "customer.updated", new() { ["id"] = "cus_1", ["object"] = "customer" });
            using var _ = await PaymentShops.DeliverAsync(shop, payload, StripeEvents.Sign(payload, secret));
        }

        foreach (var id in ids)
        {
            var row = await WaitForAsync(shop, id, InboxStatus.Processed);
            Assert.Equal(1, row.Attempts);
            Assert.NotNull(row.ProcessedAtMs);
        }

        Assert.Empty(Log.ProbesOf(shop.Tenant.Id));
        Assert.Empty(Log.CompletionsOf(shop.Tenant.Id));
    }

    [Fact]
    public async Task A_failing_handler_rolls_its_writes_back_and_the_retry_applies_them_once()
    {
        var (shop, secret) = await PaymentShops.CreateWithKeysAsync(app);
        var eventId = StripeEvents.Id();
        Log.FailuresLeft[eventId] = 1;
        var payload = StripeEvents.Probe(eventId);

        using (await PaymentShops.DeliverAsync(shop, payload, StripeEvents.Sign(payload, secret)))
        {
        }

        var failed = await WaitForAsync(shop, eventId, InboxStatus.Pending, attempts: 1);
        Assert.Contains("asked to fail", failed.LastError, StringComparison.Ordinal);
        Assert.True(failed.NextAttemptAtMs > DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), "the retry waits");
        Assert.Equal(0, await MarkersAsync(shop, eventId));
        Assert.Empty(Log.ProbesOf(shop.Tenant.Id));

        await MakeDueAsync(shop, eventId);
        var processed = await WaitForAsync(shop, eventId, InboxStatus.Processed);

        Assert.Equal(2, processed.Attempts);
        Assert.Null(processed.LastError);
        Assert.Equal([eventId], Log.ProbesOf(shop.Tenant.Id));
        Assert.Equal(1, await MarkersAsync(shop, eventId));
    }

    [Fact]
    public async Task An_event_that_fails_on_its_last_retry_is_marked_failed_and_left_alone()
    {
        var (shop, secret) = await PaymentShops.CreateWithKeysAsync(app);
        var eventId = StripeEvents.Id();
        Log.FailuresLeft[eventId] = int.MaxValue;
        var payload = StripeEvents.Probe(eventId);
        using (await PaymentShops.DeliverAsync(shop, payload, StripeEvents.Sign(payload, secret)))
        {
        }

        await WaitForAsync(shop, eventId, InboxStatus.Pending, attempts: 1);
        await app.InShopAsync(shop.Tenant, db => db.Set<StripeInboxEvent>()
            .Where(e => e.TenantId == shop.Tenant.Id && e.EventId == eventId)
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.Attempts, InboxEventRunner.RetryPauses.Length).SetProperty(e => e.NextAttemptAtMs, 0)));

        var failed = await WaitForAsync(shop, eventId, InboxStatus.Failed);

        Assert.Equal(InboxEventRunner.RetryPauses.Length + 1, failed.Attempts);
        Assert.Equal(0, await MarkersAsync(shop, eventId));
    }

    [Fact]
    public async Task A_paid_checkout_session_reaches_the_completion_handlers_as_the_shops_own_record()
    {
        var (shop, secret) = await PaymentShops.CreateWithKeysAsync(app);
        var eventId = StripeEvents.Id();
        var sessionId = "cs_test_" + Guid.NewGuid().ToString("N")[..20];
        var payload = StripeEvents.CheckoutCompleted(eventId, sessionId, "order-draft-42", 2500, "shopper@example.com");

        using (await PaymentShops.DeliverAsync(shop, payload, StripeEvents.Sign(payload, secret)))
        {
        }

        await WaitForAsync(shop, eventId, InboxStatus.Processed);
        var completion = Assert.Single(Log.CompletionsOf(shop.Tenant.Id));
        Assert.Equal(sessionId, completion.SessionId);
        Assert.Equal("order-draft-42", completion.Reference);
        Assert.Equal("pi_" + sessionId[3..], completion.PaymentId);
        Assert.Equal(new Amount(2500, "USD"), completion.AmountPaid);
        Assert.Equal("shopper@example.com", completion.CustomerEmail);
        Assert.True(completion.IsTest);
    }

    private async Task<StripeInboxEvent> WaitForAsync(TestShop shop, string eventId, InboxStatus status, int? attempts = null)
    {
        StripeInboxEvent? row = null;
        for (var i = 0; i < 200; i++)
        {
            row = await app.InShopAsync(shop.Tenant, db => db.Set<StripeInboxEvent>().AsNoTracking()
                .FirstOrDefaultAsync(e => e.TenantId == shop.Tenant.Id && e.EventId == eventId));
            if (row is not null && row.Status == status && (attempts is null || row.Attempts == attempts))
            {
                return row;
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException($"Event {eventId} did not reach {status}; last seen {row?.Status} after {row?.Attempts} attempts ({row?.LastError}).");
    }

    private Task MakeDueAsync(TestShop shop, string eventId) =>
        app.InShopAsync(shop.Tenant, db => db.Set<StripeInboxEvent>()
            .Where(e => e.TenantId == shop.Tenant.Id && e.EventId == eventId)
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.NextAttemptAtMs, 0)));

    private Task<int> MarkersAsync(TestShop shop, string eventId) =>
        app.InShopAsync(shop.Tenant, db => db.Set<ShopUser>().CountAsync(u => u.UserName == $"probe-{eventId}"));
}
