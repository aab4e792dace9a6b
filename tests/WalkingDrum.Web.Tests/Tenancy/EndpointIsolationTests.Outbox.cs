using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Core.Data;
using WalkingDrum.Testing;
using WalkingDrum.Web.Email;

namespace WalkingDrum.Web.Tests.Tenancy;

/// <summary>Shop B's mail in the platform outbox, which the sweep must neither show nor change.</summary>
public sealed partial class EndpointIsolationTests
{
    // B's failed email in the platform outbox: only B's staff may see it, only B's owner queue it again.
    private const string BEmailSubject = "B-secret-email-subject";
    private const string BEmailRecipient = "b-secret-recipient@example.com";
    private Guid _bEmailId;

    private async Task SeedOutboxAsync(TestShop b)
    {
        _bEmailId = Guid.CreateVersion7();
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WalkingDrumDbContext>();
        db.Add(new OutboxEmail
        {
            TenantId = b.Tenant.Id, Id = _bEmailId, Recipient = BEmailRecipient, Subject = BEmailSubject, HtmlBody = "<p>B</p>", TextBody = "B",
            Status = OutboxStatus.Failed, Attempts = 6, CreatedAtMs = now, NextAttemptAtMs = now, LastError = "The message could not be delivered (IOException).",
        });
        await db.SaveChangesAsync();
    }

    // The outbox has no query filter: B's rows are picked out by its id.
    private async Task<List<string>> OutboxOfAsync(TestShop b)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WalkingDrumDbContext>();
        return await db.Set<OutboxEmail>().Where(e => e.TenantId == b.Tenant.Id).OrderBy(e => e.Id)
            .Select(e => $"{e.Id}|{e.Status}|{e.Attempts}|{e.NextAttemptAtMs}|{e.LastError}").ToListAsync();
    }
}
