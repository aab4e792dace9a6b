using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using WalkingDrum.Testing;
using WalkingDrum.Web.Email;
using Xunit;

namespace WalkingDrum.Web.Tests.Email;

public sealed partial class SmtpDeliveryTests
{
    [Fact]
    public async Task A_send_that_keeps_failing_is_retried_after_a_pause_and_marked_failed_after_the_last_retry()
    {
        var shop = await downApp.CreateShopDirectlyAsync();
        var message = OutboxRows.Message("Keeps failing " + Guid.NewGuid().ToString("N"));
        var before = OutboxRows.NowMs;

        await OutboxRows.EnqueueAsync(downApp, shop.Tenant, message);

        var waiting = await OutboxRows.WaitForAsync(downApp, message.Subject, r => r.Attempts == 1 && r.LastError is not null);
        Assert.Equal(OutboxStatus.Pending, waiting.Status);
        Assert.Contains(nameof(SocketException), waiting.LastError, StringComparison.Ordinal);
        // The shop's admin shows the error: it names the failure, never the platform's SMTP server.
        Assert.Equal("The mail server could not be reached (SocketException).", waiting.LastError);
        Assert.InRange(waiting.NextAttemptAtMs, before + 29_000, OutboxRows.NowMs + 31_000);
        Assert.Null(waiting.LeaseOwner);
        await Mailbox.WaitForMessageAsync(downApp, shop.Name, message.To);

        // Skip the pauses: the next attempt is the last one allowed.
        await OutboxRows.UpdateAsync(downApp, message.Subject, set => set
            .SetProperty(e => e.Attempts, EmailOutbox.RetryPauses.Length)
            .SetProperty(e => e.NextAttemptAtMs, 0));

        var failed = await OutboxRows.WaitForAsync(downApp, message.Subject, r => r.Status == OutboxStatus.Failed);
        Assert.Equal(EmailOutbox.RetryPauses.Length + 1, failed.Attempts);
        var gaveUp = await downApp.Logs.WaitForAsync(e =>
            e.Category == typeof(EmailDispatcher).FullName && e.Level == LogLevel.Error && e.Message.Contains(message.Subject, StringComparison.Ordinal));
        Assert.Contains(shop.Name, gaveUp.Message, StringComparison.Ordinal);
        // Each attempt archived the message again, in the same file.
        Assert.Single(Mailbox.Messages(downApp, shop.Name), m => m.Contains("To: " + message.To, StringComparison.OrdinalIgnoreCase));
    }
}
