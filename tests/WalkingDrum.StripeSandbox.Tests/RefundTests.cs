using System.Net;
using Stripe;
using Xunit;

namespace WalkingDrum.StripeSandbox.Tests;

public sealed class RefundTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task Refunds_are_limited_to_the_unrefunded_amount()
    {
        var client = sandbox.Client();
        var pi = await new PaymentIntentService(client).CreateAsync(new PaymentIntentCreateOptions
        {
            Amount = 5000, Currency = "usd", PaymentMethod = "pm_card_visa", Confirm = true,
        });
        var refunds = new RefundService(client);

        var partial = await refunds.CreateAsync(new RefundCreateOptions
        {
            PaymentIntent = pi.Id, Amount = 2000, Reason = "requested_by_customer",
            Metadata = new Dictionary<string, string> { ["order"] = "42" },
        });
        var tooMuch = await Assert.ThrowsAsync<StripeException>(() =>
            refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = pi.Id, Amount = 3001 }));
        var rest = await refunds.CreateAsync(new RefundCreateOptions { Charge = pi.LatestChargeId });

        Assert.Equal("succeeded", partial.Status);
        Assert.Equal(2000, partial.Amount);
        Assert.Equal(pi.Id, partial.PaymentIntentId);
        Assert.Equal("42", (await refunds.GetAsync(partial.Id)).Metadata["order"]);
        Assert.Equal("Refund amount ($30.01) is greater than unrefunded amount on charge ($30.00)", tooMuch.StripeError.Message);
        Assert.Equal("amount", tooMuch.StripeError.Param);
        Assert.Equal(3000, rest.Amount);
        var charge = await new ChargeService(client).GetAsync(pi.LatestChargeId);
        Assert.Equal(5000, charge.AmountRefunded);
        Assert.True(charge.Refunded);
        Assert.Equal(2, (await refunds.ListAsync(new RefundListOptions { PaymentIntent = pi.Id })).Data.Count);
        var again = await Assert.ThrowsAsync<StripeException>(() => refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = pi.Id }));
        Assert.Equal("charge_already_refunded", again.StripeError.Code);
        var types = (await new EventService(client).ListAsync(new EventListOptions { Types = ["refund.created", "charge.refunded"] })).Data;
        Assert.Equal(4, types.Count);
    }

    [Fact]
    public async Task A_slow_card_refunds_pending_until_settled_and_a_failed_refund_gives_its_amount_back()
    {
        var key = SandboxFixture.NewKey();
        var client = sandbox.Client(key);
        var (customer, card) = await Checkout.SavedCardAsync(client, sandbox.Browser, "4000000000007726");
        var pi = await new PaymentIntentService(client).CreateAsync(new PaymentIntentCreateOptions
        {
            Amount = 5000, Currency = "usd", Customer = customer.Id, PaymentMethod = card.Id, Confirm = true, OffSession = true,
        });
        var refunds = new RefundService(client);
        var succeeds = await refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = pi.Id, Amount = 1000 });
        var fails = await refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = pi.Id, Amount = 500 });
        using var raw = sandbox.Raw(key);

        using var settled = await SettleAsync(raw, succeeds.Id, "succeeded");
        using var failed = await SettleAsync(raw, fails.Id, "failed");
        using var again = await SettleAsync(raw, fails.Id, "succeeded");

        Assert.Equal(("pending", "pending"), (succeeds.Status, fails.Status));
        Assert.Equal(HttpStatusCode.OK, settled.StatusCode);
        Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal("succeeded", (await refunds.GetAsync(succeeds.Id)).Status);
        Assert.Equal("failed", (await refunds.GetAsync(fails.Id)).Status);
        Assert.Equal(1000, (await new ChargeService(client).GetAsync(pi.LatestChargeId)).AmountRefunded);
        var events = (await new EventService(client).ListAsync(new EventListOptions
        {
            Types = ["refund.updated", "charge.refund.updated", "refund.failed"],
        })).Data;
        Assert.Equal(["charge.refund.updated", "charge.refund.updated", "refund.failed", "refund.updated", "refund.updated"], events.Select(e => e.Type).Order());
        var failure = Assert.IsType<Refund>(events.First(e => e.Type == "refund.failed").Data.Object);
        Assert.Equal((fails.Id, "failed", pi.Id), (failure.Id, failure.Status, failure.PaymentIntentId));
    }

    private static Task<HttpResponseMessage> SettleAsync(HttpClient raw, string refundId, string status) =>
        raw.PostAsync($"/_sandbox/refunds/{refundId}/settle", new FormUrlEncodedContent(new Dictionary<string, string> { ["status"] = status }));
}
