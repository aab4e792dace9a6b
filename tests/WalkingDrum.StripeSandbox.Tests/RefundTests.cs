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
}
