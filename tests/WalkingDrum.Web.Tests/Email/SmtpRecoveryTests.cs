using WalkingDrum.Testing;
using WalkingDrum.Web.Email;
using Xunit;

namespace WalkingDrum.Web.Tests.Email;

/// <summary>
/// A message whose first send failed because the SMTP server was away reaches that server (maildev)
/// once it is back, on the retry.
/// </summary>
public sealed class SmtpRecoveryTests(SmtpRecoveryTests.FlakySmtpApp app) : IClassFixture<SmtpRecoveryTests.FlakySmtpApp>
{
    [SkippableFact]
    public async Task A_message_that_failed_while_the_SMTP_server_was_away_is_sent_when_it_is_back()
    {
        Skip.IfNot(Maildev.Running, Maildev.NotRunning);
        var shop = await app.CreateShopDirectlyAsync();
        var message = OutboxRows.Message("Second try " + Guid.NewGuid().ToString("N"));

        await OutboxRows.EnqueueAsync(app, shop.Tenant, message);
        var waiting = await OutboxRows.WaitForAsync(app, message.Subject, r => r.Attempts == 1 && r.LastError is not null);
        Assert.Equal(OutboxStatus.Pending, waiting.Status);
        Assert.True(waiting.NextAttemptAtMs > OutboxRows.NowMs + 20_000, "the retry waits");

        var (host, port) = Maildev.Smtp;
        await using var relay = new SmtpRelay(app.SmtpPort, host, port);
        await OutboxRows.UpdateAsync(app, message.Subject, set => set.SetProperty(e => e.NextAttemptAtMs, 0));

        var received = await Maildev.WaitForMessageAsync(message.To, message.Subject);
        var sent = await OutboxRows.WaitForAsync(app, message.Subject, r => r.Status == OutboxStatus.Sent);
        Assert.Equal(2, sent.Attempts);
        Assert.Null(sent.LastError);
        Assert.Equal($"<{sent.Id:N}@walkingdrum.localhost>", received.GetProperty("headers").GetProperty("message-id").GetString());
        Assert.Single(await Maildev.MessagesAsync(message.To, message.Subject));
    }

    /// <summary>SMTP at a loopback port where nothing listens until the test starts a relay to maildev.</summary>
    public sealed class FlakySmtpApp : WalkingDrumApp
    {
        public FlakySmtpApp()
            : this(SmtpRelay.UnusedPort())
        {
        }

        private FlakySmtpApp(int port)
            : base(new Dictionary<string, string?>
            {
                ["Email:Smtp:Host"] = "127.0.0.1",
                ["Email:Smtp:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Email:Smtp:Security"] = "None",
                ["Email:Outbox:PollSeconds"] = "300",
                ["Logging:Console:LogLevel:WalkingDrum.Web.Email.EmailDispatcher"] = "None", // the expected first failure
            }) => SmtpPort = port;

        public int SmtpPort { get; }

        public override Task InitializeAsync() => Maildev.Running ? base.InitializeAsync() : Task.CompletedTask;
    }
}
