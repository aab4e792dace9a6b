using System.Net;
using WalkingDrum.Testing;
using WalkingDrum.Web.Email;
using Xunit;

namespace WalkingDrum.Web.Tests.Email;

/// <summary>The shop's email log: every state of its own outbox, nothing of another shop's.</summary>
[Collection(AppCollection.Name)]
public sealed class EmailLogTests(WalkingDrumApp app)
{
    [Fact]
    public async Task The_log_shows_each_state_of_the_shops_mail_and_nothing_of_another_shop()
    {
        var a = await app.CreateShopDirectlyAsync();
        var b = await app.CreateShopDirectlyAsync();
        var tag = Guid.NewGuid().ToString("N")[..8];
        var queued = await OutboxSeeds.QueuedAsync(app, a.Tenant, "Queued " + tag);
        var sending = await OutboxSeeds.SendingAsync(app, a.Tenant, "Sending " + tag);
        var failed = await OutboxSeeds.FailedAsync(app, a.Tenant, "Failed " + tag);
        var sent = await OutboxSeeds.SentAsync(app, a.Tenant, "Sent " + tag);
        var theirs = await OutboxSeeds.FailedAsync(app, b.Tenant, "B-secret-subject " + tag, "b-secret-recipient@example.com");
        var owner = await a.OwnerClientAsync();

        var all = await owner.GetStringAsync("admin/emails");

        foreach (var (email, state) in new[] { (queued, "queued"), (sending, "sending"), (failed, "failed"), (sent, "sent") })
        {
            var entry = Entry(all, email.Subject);
            Assert.Contains($"badge email-{state}", entry, StringComparison.Ordinal);
            Assert.Contains(email.Recipient, entry, StringComparison.Ordinal);
            Assert.Contains($"<dd>{email.Attempts}</dd>", entry, StringComparison.Ordinal);
        }

        Assert.Contains("Next attempt", Entry(all, queued.Subject), StringComparison.Ordinal);
        Assert.Contains("could not be reached (SocketException)", Entry(all, queued.Subject), StringComparison.Ordinal);
        Assert.Contains("refused the recipient (status 550)", Entry(all, failed.Subject), StringComparison.Ordinal);
        Assert.Contains("Queue again", Entry(all, failed.Subject), StringComparison.Ordinal);
        Assert.DoesNotContain("Queue again", Entry(all, sent.Subject), StringComparison.Ordinal);
        Assert.DoesNotContain(theirs.Subject, all, StringComparison.Ordinal);
        Assert.DoesNotContain(theirs.Recipient, all, StringComparison.Ordinal);
        Assert.DoesNotContain(theirs.Id.ToString(), all, StringComparison.OrdinalIgnoreCase);

        var onlyFailed = await owner.GetStringAsync("admin/emails?status=failed");
        Assert.Contains(failed.Subject, onlyFailed, StringComparison.Ordinal);
        Assert.DoesNotContain(queued.Subject, onlyFailed, StringComparison.Ordinal);
        Assert.DoesNotContain(theirs.Subject, onlyFailed, StringComparison.Ordinal);
        var onlySending = await owner.GetStringAsync("admin/emails?status=Sending");
        Assert.Contains(sending.Subject, onlySending, StringComparison.Ordinal);
        Assert.DoesNotContain(queued.Subject, onlySending, StringComparison.Ordinal);

        var unknown = await owner.GetAsync("admin/emails?status=lost");
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        var unknownPage = await unknown.Content.ReadAsStringAsync();
        Assert.Contains("is not a status, so every email is shown", unknownPage, StringComparison.Ordinal);
        Assert.Contains(sent.Subject, unknownPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_shop_without_mail_and_a_filter_without_matches_say_so()
    {
        var shop = await app.CreateShopDirectlyAsync();
        var owner = await shop.OwnerClientAsync();

        Assert.Contains("No emails yet", await owner.GetStringAsync("admin/emails"), StringComparison.Ordinal);

        await OutboxSeeds.SentAsync(app, shop.Tenant, "Only sent " + Guid.NewGuid().ToString("N"));
        Assert.Contains("No emails are failed right now.", await owner.GetStringAsync("admin/emails?status=failed"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_see_failed_mail_but_only_the_owner_queues_it_again()
    {
        var shop = await app.CreateShopDirectlyAsync();
        var failed = await OutboxSeeds.FailedAsync(app, shop.Tenant, "Staff look " + Guid.NewGuid().ToString("N"));
        var staff = await shop.SignedInClientAsync(TestShop.StaffEmail, TestShop.StaffPassword);

        var page = await staff.GetStringAsync("admin/emails");
        var response = await EmailRequeue.PostAsync(staff, failed.Id);

        Assert.Contains(failed.Subject, page, StringComparison.Ordinal);
        Assert.DoesNotContain("Queue again", page, StringComparison.Ordinal);
        Assert.Contains("/account/denied", response.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
        var after = await OutboxRows.FindAsync(app, failed.Subject);
        Assert.Equal((OutboxStatus.Failed, failed.Attempts), (after!.Status, after.Attempts));
    }

    // The card of one message, from its subject to the end of its list item.
    internal static string Entry(string page, string subject)
    {
        var start = page.IndexOf(subject, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{subject}' is not on the page.");
        var end = page.IndexOf("</li>", start, StringComparison.Ordinal);
        return page[start..end];
    }
}
