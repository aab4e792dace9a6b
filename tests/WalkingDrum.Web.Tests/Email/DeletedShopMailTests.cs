using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Core.Tenancy;
using WalkingDrum.Tenants.Services;
using WalkingDrum.Testing;
using WalkingDrum.Web.Email;
using Xunit;

namespace WalkingDrum.Web.Tests.Email;

/// <summary>Mail still waiting when its shop is deleted never reaches the shop's customers.</summary>
[Collection(AppCollection.Name)]
public sealed class DeletedShopMailTests(WalkingDrumApp app)
{
    [Fact]
    public async Task The_pending_mail_of_a_deleted_shop_is_marked_failed_unsent_while_other_shops_mail_goes_out()
    {
        var doomed = await app.CreateShopDirectlyAsync();
        var alive = await app.CreateShopDirectlyAsync();
        var tag = Guid.NewGuid().ToString("N");
        // The dispatcher has looked the shop up (and cached it) before it is deleted.
        var earlier = OutboxRows.Message("Before deletion " + tag);
        await OutboxRows.EnqueueAsync(app, doomed.Tenant, earlier);
        await Mailbox.WaitForMessageAsync(app, doomed.Name, earlier.To);
        var waiting = await OutboxSeeds.QueuedAsync(app, doomed.Tenant, "Left in the outbox " + tag);
        var retry = await OutboxSeeds.QueuedAsync(app, doomed.Tenant, "Retry of the deleted " + tag);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var (error, _) = await scope.ServiceProvider.GetRequiredService<TenantAdministration>().DeleteAsync(doomed.Name, CancellationToken.None);
            Assert.Null(error);
        }

        Assert.Equal(TenantState.Deleted, (await app.Services.GetRequiredService<ITenantLookup>().FindByIdAsync(doomed.Tenant.Id))?.State);
        var other = OutboxRows.Message("Other shop " + tag);
        await OutboxRows.UpdateAsync(app, waiting.Subject, set => set.SetProperty(e => e.NextAttemptAtMs, 0));
        await OutboxRows.UpdateAsync(app, retry.Subject, set => set.SetProperty(e => e.NextAttemptAtMs, 0));
        await OutboxRows.EnqueueAsync(app, alive.Tenant, other);

        await Mailbox.WaitForMessageAsync(app, alive.Name, other.To);
        foreach (var subject in new[] { waiting.Subject, retry.Subject })
        {
            var skipped = await OutboxRows.WaitForAsync(app, subject, r => r.Status == OutboxStatus.Failed);
            Assert.Equal(DeliveryErrors.ShopDeleted, skipped.LastError);
            Assert.Null(skipped.SentAtMs);
            Assert.Equal(2, skipped.Attempts);
        }

        var archived = Mailbox.Messages(app, doomed.Name);
        Assert.Single(archived);
        Assert.Contains("To: " + earlier.To, archived[0], StringComparison.OrdinalIgnoreCase);
    }
}
