using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WalkingDrum.Billing.Models;
using WalkingDrum.Billing.Tests.Fixtures;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Billing.Tests.Endpoints;

/// <summary>The receiver stores a correctly signed event once and refuses everything else unstored.</summary>
[Collection(AppCollection.Name)]
public sealed class StripeWebhookEndpointTests(BillingApp app)
{
    [Fact]
    public async Task A_signed_event_is_acknowledged_and_stored_once_however_often_it_is_delivered()
    {
        var (shop, secret) = await PaymentShops.CreateWithKeysAsync(app);
        var eventId = StripeEvents.Id();
        var payload = StripeEvents.Probe(eventId);

        for (var copy = 0; copy < 3; copy++)
        {
            using var response = await PaymentShops.DeliverAsync(shop, payload, StripeEvents.Sign(payload, secret));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var stored = await StoredAsync(shop);
        var row = Assert.Single(stored);
        Assert.Equal(eventId, row.EventId);
        Assert.Equal("test.probe", row.Type);
        Assert.Equal(payload, row.Payload);
    }

    [Fact]
    public async Task Copies_delivered_at_the_same_moment_are_stored_once()
    {
        var (shop, secret) = await PaymentShops.CreateWithKeysAsync(app);
        var payload = StripeEvents.Probe(StripeEvents.Id());

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => PaymentShops.DeliverAsync(shop, payload, StripeEvents.Sign(payload, secret))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Single(await StoredAsync(shop));
    }

    public static TheoryData<string> BadSignatures => new()
    {
        "",
        "t=1700000000",
        "v1=0000",
        "t=abc,v1=def",
        "garbage",
    };

    [Theory]
    [MemberData(nameof(BadSignatures))]
    public async Task A_malformed_signature_is_refused_with_problem_details_and_nothing_is_stored(string signature)
    {
        var (shop, _) = await PaymentShops.CreateWithKeysAsync(app);
        var payload = StripeEvents.Probe(StripeEvents.Id());

        using var response = await PaymentShops.DeliverAsync(shop, payload, signature);

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "signature");
        Assert.Empty(await StoredAsync(shop));
    }

    [Fact]
    public async Task A_missing_signature_a_wrong_secret_or_a_changed_payload_is_refused()
    {
        var (shop, secret) = await PaymentShops.CreateWithKeysAsync(app);
        var payload = StripeEvents.Probe(StripeEvents.Id());

        using var missing = await PaymentShops.DeliverAsync(shop, payload, signature: null);
        using var wrongSecret = await PaymentShops.DeliverAsync(shop, payload, StripeEvents.Sign(payload, "whsec_not-the-shops"));
        using var tampered = await PaymentShops.DeliverAsync(shop, payload.Replace("cus_probe", "cus_other", StringComparison.Ordinal), StripeEvents.Sign(payload, secret));

        await AssertRefusedAsync(missing, HttpStatusCode.BadRequest, "signature");
        await AssertRefusedAsync(wrongSecret, HttpStatusCode.BadRequest, "signature");
        await AssertRefusedAsync(tampered, HttpStatusCode.BadRequest, "signature");
        Assert.Empty(await StoredAsync(shop));
    }

    [Fact]
    public async Task A_delivery_signed_more_than_300_seconds_ago_is_refused_and_one_signed_just_now_is_not()
    {
        var (shop, secret) = await PaymentShops.CreateWithKeysAsync(app);
        var stale = StripeEvents.Probe(StripeEvents.Id());
        var fresh = StripeEvents.Probe(StripeEvents.Id());

        using var staleResponse = await PaymentShops.DeliverAsync(shop, stale, StripeEvents.Sign(stale, secret, DateTimeOffset.UtcNow.AddSeconds(-301)));
        using var freshResponse = await PaymentShops.DeliverAsync(shop, fresh, StripeEvents.Sign(fresh, secret, DateTimeOffset.UtcNow.AddSeconds(-200)));

        await AssertRefusedAsync(staleResponse, HttpStatusCode.BadRequest, "300 seconds");
        Assert.Equal(HttpStatusCode.OK, freshResponse.StatusCode);
        Assert.Single(await StoredAsync(shop));
    }

    public static TheoryData<string> NotEvents => new()
    {
        "not json",
        "[]",
        "{}",
        """{"object":"customer","id":"cus_1","type":"x","created":1}""",
        """{"object":"event","id":"","type":"x","created":1}""",
        """{"object":"event","id":"evt_1","created":1}""",
        """{"object":"event","id":"evt_1","type":"x","created":"yesterday"}""",
    };

    [Theory]
    [MemberData(nameof(NotEvents))]
    public async Task A_correctly_signed_payload_that_is_not_an_event_is_refused(string payload)
    {
        var (shop, secret) = await PaymentShops.CreateWithKeysAsync(app);

        using var response = await PaymentShops.DeliverAsync(shop, payload, StripeEvents.Sign(payload, secret));

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "not a Stripe event");
        Assert.Empty(await StoredAsync(shop));
    }

    [Fact]
    public async Task A_payload_over_the_limit_is_refused_unread()
    {
        var (shop, secret) = await PaymentShops.CreateWithKeysAsync(app);
        var payload = StripeEvents.Envelope(StripeEvents.Id(), "test.probe", new() { ["padding"] = new string('x', 600 * 1024) });

        using var response = await PaymentShops.DeliverAsync(shop, payload, StripeEvents.Sign(payload, secret));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(await StoredAsync(shop));
    }

    [Fact]
    public async Task An_event_signed_for_one_shop_is_refused_by_another_and_stored_in_neither()
    {
        var (a, secretOfA) = await PaymentShops.CreateWithKeysAsync(app);
        var (b, _) = await PaymentShops.CreateWithKeysAsync(app);
        var payload = StripeEvents.Probe(StripeEvents.Id());

        using var response = await PaymentShops.DeliverAsync(b, payload, StripeEvents.Sign(payload, secretOfA));

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "signature");
        Assert.Empty(await StoredAsync(a));
        Assert.Empty(await StoredAsync(b));
    }

    [Fact]
    public async Task A_shop_without_a_webhook_secret_refuses_deliveries_with_a_clear_message()
    {
        var shop = await app.CreateShopAsync();
        var payload = StripeEvents.Probe(StripeEvents.Id());

        using var response = await PaymentShops.DeliverAsync(shop, payload, StripeEvents.Sign(payload, "whsec_anything"));

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "no webhook signing secret");
        Assert.Empty(await StoredAsync(shop));
    }

    private Task<List<StripeInboxEvent>> StoredAsync(TestShop shop) =>
        app.InShopAsync(shop.Tenant, db => db.Set<StripeInboxEvent>().AsNoTracking().Where(e => e.TenantId == shop.Tenant.Id).ToListAsync());

    private static async Task AssertRefusedAsync(HttpResponseMessage response, HttpStatusCode status, string detailContains)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.Contains(detailContains, problem!.Detail, StringComparison.OrdinalIgnoreCase);
    }
}
