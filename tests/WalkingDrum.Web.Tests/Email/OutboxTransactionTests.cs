using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Email;
using WalkingDrum.Core.Tenancy;
using WalkingDrum.Testing;
using WalkingDrum.Web.Email;
using Xunit;

namespace WalkingDrum.Web.Tests.Email;

/// <summary>
/// Mail enqueued inside the caller's transaction is stored with the caller's data or not at all,
/// and goes out as soon as the transaction commits (the app polls only every five minutes).
/// </summary>
public sealed class OutboxTransactionTests(OutboxApp app) : IClassFixture<OutboxApp>
{
    [Fact]
    public async Task A_message_enqueued_in_a_transaction_is_sent_once_it_commits_together_with_the_data_beside_it()
    {
        var shop = await app.CreateShopDirectlyAsync();
        var subject = "Order confirmed " + Guid.NewGuid().ToString("N");
        var message = OutboxRows.Message(subject);
        var code = Code();

        await InShopAsync(shop.Tenant, async (db, email) =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Add(NewCoupon(code));
            await db.SaveChangesAsync();
            await email.EnqueueAsync(message);

            Assert.Null(await OutboxRows.FindAsync(app, subject)); // not visible to anyone before the commit
            await transaction.CommitAsync();
        });

        var archived = Parse(await Mailbox.WaitForMessageAsync(app, shop.Name, message.To));
        var row = await OutboxRows.WaitForAsync(app, subject, r => r.Status == OutboxStatus.Sent);
        Assert.Equal(1, row.Attempts);
        Assert.Equal(shop.Tenant.Id, row.TenantId);
        Assert.Null(row.LeaseOwner);
        Assert.NotNull(row.SentAtMs);
        Assert.Equal(subject, archived.Subject);
        Assert.Equal($"{row.Id:N}@walkingdrum.localhost", archived.MessageId);
        Assert.Equal(shop.Name, archived.Headers["X-WalkingDrum-Tenant"]);
        Assert.Equal(shop.Tenant.DisplayName, Assert.Single(archived.From.Mailboxes).Name);
        Assert.Equal(1, await CouponsAsync(shop.Tenant, code));
    }

    [Fact]
    public async Task A_message_enqueued_in_a_transaction_that_rolls_back_is_never_sent_nor_is_the_data_beside_it()
    {
        var shop = await app.CreateShopDirectlyAsync();
        var doomed = OutboxRows.Message("Order confirmed " + Guid.NewGuid().ToString("N"));
        var code = Code();

        await InShopAsync(shop.Tenant, async (db, email) =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Add(NewCoupon(code));
            await db.SaveChangesAsync();
            await email.EnqueueAsync(doomed);
            await transaction.RollbackAsync();
        });

        // A message enqueued after it is sent; had the first one survived, it would have gone first.
        var marker = OutboxRows.Message("Marker " + Guid.NewGuid().ToString("N"));
        await OutboxRows.EnqueueAsync(app, shop.Tenant, marker);
        await Mailbox.WaitForMessageAsync(app, shop.Name, marker.To);

        Assert.Null(await OutboxRows.FindAsync(app, doomed.Subject));
        Assert.DoesNotContain(Mailbox.Messages(app, shop.Name), m => m.Contains(doomed.To, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(0, await CouponsAsync(shop.Tenant, code));
    }

    [Fact]
    public async Task Enqueueing_outside_a_transaction_commits_the_message_alone_and_saves_nothing_else_the_caller_tracks()
    {
        var shop = await app.CreateShopDirectlyAsync();
        var message = OutboxRows.Message("Welcome " + Guid.NewGuid().ToString("N"));
        var code = Code();

        await InShopAsync(shop.Tenant, async (db, email) =>
        {
            var unsaved = NewCoupon(code);
            db.Add(unsaved);
            await email.EnqueueAsync(message);

            Assert.Equal(EntityState.Added, db.Entry(unsaved).State);
            Assert.NotNull(await OutboxRows.FindAsync(app, message.Subject)); // committed on its own
        });

        await Mailbox.WaitForMessageAsync(app, shop.Name, message.To);
        Assert.Equal(0, await CouponsAsync(shop.Tenant, code));
    }

    [Fact]
    public async Task Platform_mail_is_stored_without_a_shop_and_archived_as_platform_mail()
    {
        var message = OutboxRows.Message("Platform notice " + Guid.NewGuid().ToString("N"));
        await app.Services.GetRequiredService<ITenantScopeRunner>()
            .RunAsync(TenantInfo.Host, services => services.GetRequiredService<IEmailSender>().EnqueueAsync(message).AsTask());

        var archived = Parse(await Mailbox.WaitForMessageAsync(app, "_platform", message.To));
        var row = await OutboxRows.WaitForAsync(app, message.Subject, r => r.Status == OutboxStatus.Sent);
        Assert.Equal(Guid.Empty, row.TenantId);
        Assert.Equal("platform", archived.Headers["X-WalkingDrum-Tenant"]);
        Assert.Equal("Walking-Drum", Assert.Single(archived.From.Mailboxes).Name);
    }

    [Fact]
    public async Task A_recipient_that_is_no_email_address_is_refused_when_enqueued()
    {
        var shop = await app.CreateShopDirectlyAsync();
        var subject = "Refused " + Guid.NewGuid().ToString("N");

        await Assert.ThrowsAsync<ArgumentException>(() => OutboxRows.EnqueueAsync(app, shop.Tenant, OutboxRows.Message(subject, "not an address")));

        Assert.Null(await OutboxRows.FindAsync(app, subject));
    }

    [Fact]
    public async Task Sent_messages_are_deleted_after_the_retention_and_other_rows_are_kept()
    {
        var now = DateTimeOffset.UtcNow;
        var prefix = "Retention " + Guid.NewGuid().ToString("N");
        OutboxEmail Row(string name, OutboxStatus status, TimeSpan age) => new()
        {
            TenantId = Guid.NewGuid(),
            Id = Guid.CreateVersion7(),
            Recipient = "someone@example.com",
            Subject = $"{prefix} {name}",
            Status = status,
            Attempts = 1,
            CreatedAtMs = (now - age).ToUnixTimeMilliseconds(),
            NextAttemptAtMs = (now - age).ToUnixTimeMilliseconds(),
            SentAtMs = status == OutboxStatus.Sent ? (now - age).AddMinutes(1).ToUnixTimeMilliseconds() : null,
        };

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WalkingDrumDbContext>();
            db.AddRange(
                Row("old sent", OutboxStatus.Sent, TimeSpan.FromDays(15)),
                Row("recent sent", OutboxStatus.Sent, TimeSpan.FromDays(13)),
                Row("old failed", OutboxStatus.Failed, TimeSpan.FromDays(30)));
            await db.SaveChangesAsync();
        }

        Assert.True(await app.Services.GetRequiredService<EmailOutbox>().PurgeSentAsync(CancellationToken.None) >= 1);

        var left = (await OutboxRows.AllAsync(app, prefix)).Select(r => r.Subject[(prefix.Length + 1)..]).Order(StringComparer.Ordinal);
        Assert.Equal(["old failed", "recent sent"], left);
    }

    private Task InShopAsync(TenantInfo shop, Func<WalkingDrumDbContext, IEmailSender, Task> work) =>
        app.Services.GetRequiredService<ITenantScopeRunner>().RunAsync(shop, services =>
            work(services.GetRequiredService<WalkingDrumDbContext>(), services.GetRequiredService<IEmailSender>()));

    private Task<int> CouponsAsync(TenantInfo shop, string code) =>
        app.InShopAsync(shop, db => db.Set<Coupon>().CountAsync(c => c.Code == code));

    private static string Code() => "OUTBOX" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    private static Coupon NewCoupon(string code) => new()
    {
        Code = code,
        NormalizedCode = code,
        Kind = CouponKind.Percent,
        PercentOff = 10,
        CreatedAt = DateTimeOffset.UtcNow,
        UpdatedAt = DateTimeOffset.UtcNow,
    };

    private static MimeMessage Parse(string eml) => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(eml)));
}
