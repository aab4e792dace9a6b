using Stripe;
using Xunit;

namespace WalkingDrum.StripeSandbox.Tests;

public sealed class EventTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task Events_page_newest_first_with_cursors_both_ways()
    {
        var client = sandbox.Client();
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add((await new CustomerService(client).CreateAsync(new CustomerCreateOptions { Name = $"c{i}" })).Id);
        }
        var events = new EventService(client);

        var first = await events.ListAsync(new EventListOptions { Limit = 2 });
        var second = await events.ListAsync(new EventListOptions { Limit = 2, StartingAfter = first.Data[^1].Id });
        var last = await events.ListAsync(new EventListOptions { Limit = 2, StartingAfter = second.Data[^1].Id });
        var back = await events.ListAsync(new EventListOptions { Limit = 2, EndingBefore = last.Data[0].Id });

        Assert.True(first.HasMore);
        Assert.False(last.HasMore);
        Assert.Single(last.Data);
        var all = first.Data.Concat(second.Data).Concat(last.Data).Select(e => ((Customer)e.Data.Object).Id).ToList();
        Assert.Equal(Enumerable.Reverse(ids), all);
        Assert.Equal(second.Data.Select(e => e.Id), back.Data.Select(e => e.Id));
    }

    [Fact]
    public async Task Events_filter_by_type_types_and_created()
    {
        var client = sandbox.Client();
        await new CustomerService(client).CreateAsync(new CustomerCreateOptions());
        sandbox.Clock.Advance(TimeSpan.FromMinutes(5));
        var later = sandbox.Clock.GetUtcNow().UtcDateTime;
        await new PaymentIntentService(client).CreateAsync(new PaymentIntentCreateOptions
        {
            Amount = 700, Currency = "usd", PaymentMethod = "pm_card_visa", Confirm = true,
        });
        var events = new EventService(client);

        var created = await events.ListAsync(new EventListOptions { Type = "customer.created" });
        var several = await events.ListAsync(new EventListOptions { Types = ["charge.succeeded", "payment_intent.succeeded"] });
        var wildcard = await events.ListAsync(new EventListOptions { Type = "payment_intent.*" });
        var recent = await events.ListAsync(new EventListOptions { Created = new DateRangeOptions { GreaterThanOrEqual = later } });
        var old = await events.ListAsync(new EventListOptions { Created = new DateRangeOptions { LessThan = later } });

        Assert.Equal("customer.created", Assert.Single(created.Data).Type);
        Assert.Equal(new[] { "payment_intent.succeeded", "charge.succeeded" }, several.Data.Select(e => e.Type));
        Assert.Equal(new[] { "payment_intent.succeeded", "payment_intent.created" }, wildcard.Data.Select(e => e.Type));
        Assert.DoesNotContain(recent.Data, e => e.Type == "customer.created");
        Assert.Equal("customer.created", Assert.Single(old.Data).Type);
    }

    [Fact]
    public async Task An_event_has_Stripes_shape_and_the_sdks_api_version()
    {
        var client = sandbox.Client();
        var customer = await new CustomerService(client).CreateAsync(new CustomerCreateOptions { Email = "e@example.com" },
            new RequestOptions { IdempotencyKey = "evt-shape" });

        var listed = Assert.Single((await new EventService(client).ListAsync()).Data);
        var evt = await new EventService(client).GetAsync(listed.Id);

        Assert.StartsWith("evt_", evt.Id);
        Assert.Equal(StripeConfiguration.ApiVersion, evt.ApiVersion);
        Assert.Equal("customer.created", evt.Type);
        Assert.Equal(customer.Id, ((Customer)evt.Data.Object).Id);
        Assert.Equal("evt-shape", evt.Request.IdempotencyKey);
        Assert.StartsWith("req_", evt.Request.Id);
        Assert.False(evt.Livemode);
        Assert.Equal(0, evt.PendingWebhooks);
    }

    [Fact]
    public async Task Limit_above_100_is_refused()
    {
        var error = await Assert.ThrowsAsync<StripeException>(() =>
            new EventService(sandbox.Client()).ListAsync(new EventListOptions { Limit = 101 }));

        Assert.Equal("limit", error.StripeError.Param);
    }
}
