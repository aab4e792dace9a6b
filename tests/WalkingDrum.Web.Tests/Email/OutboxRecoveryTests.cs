using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Email;
using WalkingDrum.Core.Tenancy;
using WalkingDrum.Testing;
using WalkingDrum.Web.Email;
using Xunit;

namespace WalkingDrum.Web.Tests.Email;

/// <summary>
/// The outbox outlives the process that wrote it, and several processes on one database share it
/// without sending anything twice. Most tests start their own apps on one database.
/// </summary>
public sealed class OutboxRecoveryTests(OutboxApp app) : IClassFixture<OutboxApp>
{
    [Fact]
    public async Task A_message_claimed_by_a_node_that_died_is_sent_once_the_claim_runs_out()
    {
        var shop = await app.CreateShopDirectlyAsync();
        var subject = "Claimed by the dead " + Guid.NewGuid().ToString("N");
        var to = $"{Guid.NewGuid():N}@example.com";
        var now = OutboxRows.NowMs;
        // As another node leaves it when it dies after claiming, before sending.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WalkingDrumDbContext>();
            db.Add(new OutboxEmail
            {
                TenantId = shop.Tenant.Id,
                Id = Guid.CreateVersion7(),
                Recipient = to,
                Subject = subject,
                HtmlBody = "<p>Hello</p>",
                TextBody = "Hello",
                Status = OutboxStatus.Pending,
                Attempts = 1,
                CreatedAtMs = now,
                NextAttemptAtMs = now,
                LeaseOwner = "dead-node",
                LeaseUntilMs = now + (long)EmailOutbox.Lease.TotalMilliseconds,
            });
            await db.SaveChangesAsync();
        }

        // While the claim holds, nobody else takes the message (this fixture's outbox holds nothing else).
        var outbox = app.Services.GetRequiredService<EmailOutbox>();
        Assert.DoesNotContain(await outbox.ClaimDueAsync("another-node", 10, CancellationToken.None), e => e.Subject == subject);
        Assert.Equal("dead-node", (await OutboxRows.FindAsync(app, subject))?.LeaseOwner);

        await OutboxRows.UpdateAsync(app, subject, set => set.SetProperty(e => e.LeaseUntilMs, OutboxRows.NowMs - 1));

        await Mailbox.WaitForMessageAsync(app, shop.Name, to);
        var sent = await OutboxRows.WaitForAsync(app, subject, r => r.Status == OutboxStatus.Sent);
        Assert.Equal(2, sent.Attempts);
        Assert.Null(sent.LeaseOwner);
    }

    [Fact]
    public async Task A_message_stored_by_a_process_that_stopped_before_sending_it_is_sent_by_the_next_one()
    {
        await using var database = await TestDatabase.CreateAsync();
        var message = OutboxRows.Message("Left behind " + Guid.NewGuid().ToString("N"));
        TestShop shop;

        var first = OutboxApp.On(database);
        try
        {
            await first.InitializeAsync();
            // The process is about to die: its dispatcher is already gone when the message is stored.
            await first.Services.GetServices<IHostedService>().OfType<EmailDispatcher>().Single().StopAsync(CancellationToken.None);
            shop = await first.CreateShopDirectlyAsync();
            await OutboxRows.EnqueueAsync(first, shop.Tenant, message);

            var stored = await OutboxRows.FindAsync(first, message.Subject);
            Assert.Equal(OutboxStatus.Pending, stored?.Status);
            Assert.Equal(0, stored?.Attempts);
        }
        finally
        {
            await ((IAsyncLifetime)first).DisposeAsync();
        }

        Assert.Empty(Mailbox.Messages(first, shop.Name));

        var second = OutboxApp.On(database);
        try
        {
            await second.InitializeAsync();
            await Mailbox.WaitForMessageAsync(second, shop.Name, message.To);
            var sent = await OutboxRows.WaitForAsync(second, message.Subject, r => r.Status == OutboxStatus.Sent);
            Assert.Equal(1, sent.Attempts);
        }
        finally
        {
            await ((IAsyncLifetime)second).DisposeAsync();
        }
    }

    [Fact]
    public async Task Two_nodes_on_one_database_send_each_message_once()
    {
        const int count = 60;
        await using var database = await TestDatabase.CreateAsync();
        await using var otherNode = database.ForAnotherNode();
        // Both poll fast as well as being woken, so they race for every batch.
        var first = OutboxApp.On(database, pollSeconds: 0.05);
        var second = OutboxApp.On(otherNode, pollSeconds: 0.05);
        try
        {
            await first.InitializeAsync();
            await second.InitializeAsync();
            var shop = await first.CreateShopDirectlyAsync();
            var prefix = "Burst " + Guid.NewGuid().ToString("N");
            var messages = Enumerable.Range(0, count).Select(i => OutboxRows.Message($"{prefix} {i:D2}")).ToList();

            // One commit makes them all visible to both nodes at once.
            await first.Services.GetRequiredService<ITenantScopeRunner>().RunAsync(shop.Tenant, async services =>
            {
                var db = services.GetRequiredService<WalkingDrumDbContext>();
                var email = services.GetRequiredService<IEmailSender>();
                await using var transaction = await db.Database.BeginTransactionAsync();
                foreach (var message in messages)
                {
                    await email.EnqueueAsync(message);
                }

                await transaction.CommitAsync();
            });
            OutboxRows.Wake(second);

            var rows = await WaitForAllSentAsync(first, prefix, count);
            Assert.All(rows, r => Assert.Equal(1, r.Attempts));
            var archived = Mailbox.Messages(first, shop.Name).Concat(Mailbox.Messages(second, shop.Name)).ToList();
            Assert.Equal(count, archived.Count);
            foreach (var message in messages)
            {
                Assert.Single(archived, m => m.Contains("To: " + message.To, StringComparison.OrdinalIgnoreCase));
            }
        }
        finally
        {
            await ((IAsyncLifetime)second).DisposeAsync();
            await ((IAsyncLifetime)first).DisposeAsync();
        }
    }

    [Fact]
    public async Task Claims_racing_on_one_database_never_take_one_message_twice()
    {
        const int count = 200;
        const int claimers = 8;
        await using var database = await TestDatabase.CreateAsync();
        var own = OutboxApp.On(database);
        try
        {
            await own.InitializeAsync();
            // Only the claimers below take messages.
            await own.Services.GetServices<IHostedService>().OfType<EmailDispatcher>().Single().StopAsync(CancellationToken.None);
            var shop = await own.CreateShopDirectlyAsync();
            await own.Services.GetRequiredService<ITenantScopeRunner>().RunAsync(shop.Tenant, async services =>
            {
                var db = services.GetRequiredService<WalkingDrumDbContext>();
                var email = services.GetRequiredService<IEmailSender>();
                await using var transaction = await db.Database.BeginTransactionAsync();
                for (var i = 0; i < count; i++)
                {
                    await email.EnqueueAsync(OutboxRows.Message($"Race {i}"));
                }

                await transaction.CommitAsync();
            });

            var outbox = own.Services.GetRequiredService<EmailOutbox>();
            var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var claimerTasks = Enumerable.Range(0, claimers).Select(n => Task.Run(async () =>
            {
                await go.Task;
                var mine = new List<Guid>();
                while (await outbox.ClaimDueAsync($"claimer-{n}", 10, CancellationToken.None) is { Count: > 0 } batch)
                {
                    mine.AddRange(batch.Select(e => e.Id));
                }

                return mine;
            })).ToList();
            go.SetResult();
            var claims = await Task.WhenAll(claimerTasks);

            var all = claims.SelectMany(c => c).ToList();
            Assert.Equal(count, all.Count);
            Assert.Equal(count, all.Distinct().Count());
            Assert.All(await OutboxRows.AllAsync(own, "Race "), r => Assert.Equal(1, r.Attempts));
        }
        finally
        {
            await ((IAsyncLifetime)own).DisposeAsync();
        }
    }

    private static async Task<List<OutboxEmail>> WaitForAllSentAsync(WalkingDrumApp app, string prefix, int count)
    {
        var stopAt = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var rows = await OutboxRows.AllAsync(app, prefix);
            if (rows.Count == count && rows.All(r => r.Status == OutboxStatus.Sent))
            {
                return rows;
            }

            if (DateTime.UtcNow > stopAt)
            {
                throw new TimeoutException($"{rows.Count(r => r.Status == OutboxStatus.Sent)} of {count} messages were sent within 30 s.");
            }

            await Task.Delay(50);
        }
    }
}
