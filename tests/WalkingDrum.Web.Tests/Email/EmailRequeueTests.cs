using System.Net;
using WalkingDrum.Testing;
using WalkingDrum.Web.Email;
using Xunit;

namespace WalkingDrum.Web.Tests.Email;

/// <summary>The owner queues a failed message again from the email log: once, and only the shop's own.</summary>
[Collection(AppCollection.Name)]
public sealed class EmailRequeueTests(WalkingDrumApp app)
{
    [Fact]
    public async Task A_failed_message_queued_again_is_sent_once_however_often_the_form_is_sent()
    {
        var shop = await app.CreateShopDirectlyAsync();
        var failed = await OutboxSeeds.FailedAsync(app, shop.Tenant, "Try again " + Guid.NewGuid().ToString("N"));
        var owner = await shop.OwnerClientAsync();
        var token = await Forms.TokenAsync(owner, "admin/emails");

        var first = await EmailRequeue.PostAsync(owner, failed.Id, token);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.EndsWith($"/s/{shop.Name}/admin/emails", first.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Contains($"“{failed.Subject}” is queued again", WebUtility.HtmlDecode(await owner.GetStringAsync("admin/emails")), StringComparison.Ordinal);
        await Mailbox.WaitForMessageAsync(app, shop.Name, failed.Recipient);
        var sent = await OutboxRows.WaitForAsync(app, failed.Subject, r => r.Status == OutboxStatus.Sent);

        // The same form again (a double click, a reload): nothing is queued or sent a second time.
        var again = await EmailRequeue.PostAsync(owner, failed.Id, token);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Contains("was already sent; nothing changed", await owner.GetStringAsync("admin/emails"), StringComparison.Ordinal);
        await Task.Delay(500);
        var after = await OutboxRows.FindAsync(app, failed.Subject);
        Assert.Equal((OutboxStatus.Sent, 1, sent.SentAtMs), (after!.Status, after.Attempts, after.SentAtMs));
        Assert.Null(after.LastError);
        Assert.Single(Mailbox.Messages(app, shop.Name), m => m.Contains("To: " + failed.Recipient, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Queueing_a_message_that_is_already_queued_changes_nothing()
    {
        var shop = await app.CreateShopDirectlyAsync();
        var queued = await OutboxSeeds.QueuedAsync(app, shop.Tenant, "Already waiting " + Guid.NewGuid().ToString("N"));
        var owner = await shop.OwnerClientAsync();

        var response = await EmailRequeue.PostAsync(owner, queued.Id);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("is already queued; nothing changed", await owner.GetStringAsync("admin/emails"), StringComparison.Ordinal);
        var after = await OutboxRows.FindAsync(app, queued.Subject);
        Assert.Equal(
            (OutboxStatus.Pending, queued.Attempts, queued.NextAttemptAtMs, queued.LastError),
            (after!.Status, after.Attempts, after.NextAttemptAtMs, after.LastError));
    }

    [Fact]
    public async Task Another_shops_message_or_no_message_is_not_found()
    {
        var a = await app.CreateShopDirectlyAsync();
        var b = await app.CreateShopDirectlyAsync();
        var theirs = await OutboxSeeds.FailedAsync(app, b.Tenant, "Not yours " + Guid.NewGuid().ToString("N"));
        var owner = await a.OwnerClientAsync();
        var token = await Forms.TokenAsync(owner, "admin/emails");

        var foreign = await EmailRequeue.PostAsync(owner, theirs.Id, token);
        var unknown = await EmailRequeue.PostAsync(owner, Guid.NewGuid(), token);
        var garbled = await owner.PostAsync("admin/emails?handler=Requeue", new FormUrlEncodedContent(
            [new(Forms.TokenField, token), new("messageId", "not-a-guid")]));

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, garbled.StatusCode);
        var after = await OutboxRows.FindAsync(app, theirs.Subject);
        Assert.Equal((OutboxStatus.Failed, theirs.Attempts, theirs.LastError), (after!.Status, after.Attempts, after.LastError));
    }

    [Fact]
    public async Task The_form_needs_its_antiforgery_token()
    {
        var shop = await app.CreateShopDirectlyAsync();
        var failed = await OutboxSeeds.FailedAsync(app, shop.Tenant, "Forged " + Guid.NewGuid().ToString("N"));
        var owner = await shop.OwnerClientAsync();

        var forged = await owner.PostAsync("admin/emails?handler=Requeue", new FormUrlEncodedContent([new("messageId", failed.Id.ToString())]));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(OutboxStatus.Failed, (await OutboxRows.FindAsync(app, failed.Subject))!.Status);
    }
}

/// <summary>Posts the email log's "Queue again" form.</summary>
internal static class EmailRequeue
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, Guid messageId, string? token = null)
    {
        token ??= await Forms.TokenAsync(client, "admin/emails");
        return await client.PostAsync("admin/emails?handler=Requeue", new FormUrlEncodedContent(
            [new(Forms.TokenField, token), new("messageId", messageId.ToString())]));
    }
}
