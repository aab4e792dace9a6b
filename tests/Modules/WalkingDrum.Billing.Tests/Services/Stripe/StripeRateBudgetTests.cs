using Microsoft.Extensions.Configuration;
using WalkingDrum.Billing.Services.Stripe;
using Xunit;

namespace WalkingDrum.Billing.Tests.Services.Stripe;

/// <summary>Each account gets its own budget; beyond it requests wait instead of failing.</summary>
public sealed class StripeRateBudgetTests
{
    [Fact]
    public async Task Requests_beyond_an_accounts_budget_wait_while_another_account_goes_ahead()
    {
        using var budget = Create(testPerSecond: 5);
        var leases = new List<System.Threading.RateLimiting.RateLimitLease>();
        for (var i = 0; i < 5; i++)
        {
            leases.Add(await budget.AcquireAsync("sk_test_a", CancellationToken.None));
        }

        var sixth = budget.AcquireAsync("sk_test_a", CancellationToken.None).AsTask();
        var otherAccount = await budget.AcquireAsync("sk_test_b", CancellationToken.None);

        Assert.All(leases, lease => Assert.True(lease.IsAcquired));
        Assert.True(otherAccount.IsAcquired);
        Assert.False(sixth.IsCompleted, "the sixth request of the second waits for the bucket to refill");
        Assert.True((await sixth.WaitAsync(TimeSpan.FromSeconds(5))).IsAcquired);
    }

    [Fact]
    public void The_sandbox_has_no_budget_unless_one_is_configured()
    {
        using var budget = Create(testPerSecond: 1);

        for (var i = 0; i < 1_000; i++)
        {
            Assert.True(budget.AcquireAsync(StripeAccount.SandboxKeyOf(Guid.NewGuid()), CancellationToken.None).AsTask().IsCompleted);
        }

        var sameSandboxAccount = StripeAccount.SandboxKeyOf(Guid.NewGuid());
        for (var i = 0; i < 1_000; i++)
        {
            Assert.True(budget.AcquireAsync(sameSandboxAccount, CancellationToken.None).AsTask().IsCompleted);
        }
    }

    [Fact]
    public async Task Live_keys_get_the_live_budget()
    {
        using var budget = Create(testPerSecond: 1, livePerSecond: 50);

        for (var i = 0; i < 50; i++)
        {
            Assert.True((await budget.AcquireAsync("sk_live_a", CancellationToken.None)).IsAcquired);
        }

        Assert.False(budget.AcquireAsync("sk_live_a", CancellationToken.None).AsTask().IsCompleted);
    }

    private static StripeRateBudget Create(int testPerSecond, int livePerSecond = 80) => new(new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Stripe:RateBudget:TestPerSecond"] = testPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Stripe:RateBudget:LivePerSecond"] = livePerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture),
        })
        .Build());
}
