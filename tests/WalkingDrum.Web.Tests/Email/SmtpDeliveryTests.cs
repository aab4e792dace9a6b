using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using MimeKit;
using WalkingDrum.Testing;
using WalkingDrum.Web.Email;
using Xunit;

namespace WalkingDrum.Web.Tests.Email;

/// <summary>
/// Mail sent through a real SMTP server (<see cref="Maildev"/>; without it that test is skipped),
/// and an SMTP server that is down, which needs no server and always runs.
/// </summary>
public sealed partial class SmtpDeliveryTests(SmtpDeliveryTests.MaildevApp maildevApp, SmtpDeliveryTests.SmtpDownApp downApp)
    : IClassFixture<SmtpDeliveryTests.MaildevApp>, IClassFixture<SmtpDeliveryTests.SmtpDownApp>
{
    [SkippableFact]
    public async Task A_password_reset_email_arrives_at_the_SMTP_server_and_is_archived_too()
    {
        Skip.IfNot(Maildev.Running, Maildev.NotRunning);
        var shop = await maildevApp.CreateShopAsync();
        var subject = $"Reset your Store {shop.Name} password";

        var asked = await Forms.PostAsync(shop.Client(), "account/forgot-password", [new("Email", shop.OwnerEmail)]);
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);

        var received = await Maildev.WaitForMessageAsync(shop.OwnerEmail, subject);
        Assert.Equal(subject, received.GetProperty("subject").GetString());
        var to = Assert.Single(received.GetProperty("to").EnumerateArray());
        Assert.Equal(shop.OwnerEmail, to.GetProperty("address").GetString());
        var from = Assert.Single(received.GetProperty("from").EnumerateArray());
        Assert.Equal($"Store {shop.Name}", from.GetProperty("name").GetString());
        Assert.Equal("no-reply@walkingdrum.localhost", from.GetProperty("address").GetString());
        var html = received.GetProperty("html").GetString() ?? "";
        Assert.Matches(ResetLink(), html);
        Assert.Contains($"/s/{shop.Name}/account/reset-password?email=", html, StringComparison.Ordinal);

        var archived = Assert.Single(Mailbox.Messages(maildevApp, shop.Name).Select(Parse), m => m.Subject == subject);
        Assert.Equal(HeaderValue(received, "message-id"), "<" + archived.MessageId + ">");
        Assert.Equal(shop.Name, HeaderValue(received, "x-walkingdrum-tenant"));
        Assert.Equal(shop.OwnerEmail, Assert.Single(archived.To.Mailboxes).Address);
        Assert.Equal(ResetLink().Match(html).Value, ResetLink().Match(archived.HtmlBody ?? "").Value);
    }

    [Fact]
    public async Task A_reset_request_answers_at_once_and_the_mail_is_archived_when_the_SMTP_server_is_down()
    {
        var shop = await downApp.CreateShopAsync();
        var client = shop.Client();
        var token = await Forms.TokenAsync(client, "account/forgot-password");

        var watch = Stopwatch.StartNew();
        var asked = await client.PostAsync("account/forgot-password", new FormUrlEncodedContent(
            [new("Email", shop.OwnerEmail), new(Forms.TokenField, token)]));
        watch.Stop();

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"The request took {watch.Elapsed} with SMTP down.");
        var archived = await Mailbox.WaitForMessageAsync(downApp, shop.Name, shop.OwnerEmail);
        Assert.Contains($"Reset your Store {shop.Name} password", archived, StringComparison.Ordinal);
        // The first failure is a warning: the message is retried later (see the retry tests).
        var failure = await downApp.Logs.WaitForAsync(e =>
            e.Category == typeof(EmailDispatcher).FullName && e.Message.Contains(shop.Name, StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, failure.Level);
        Assert.IsType<SocketException>(failure.Exception);

        // The dispatcher keeps going after the failure, and the app keeps serving.
        var again = await Forms.PostAsync(shop.Client(), "account/forgot-password", [new("Email", TestShop.StaffEmail)]);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        await Mailbox.WaitForMessageAsync(downApp, shop.Name, TestShop.StaffEmail);
        Assert.Equal(HttpStatusCode.OK, (await downApp.ClientForPlatform().GetAsync("/health/live")).StatusCode);
    }

    private static string? HeaderValue(JsonElement message, string name) =>
        message.GetProperty("headers").TryGetProperty(name, out var value) ? value.GetString() : null;

    private static MimeMessage Parse(string eml) => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(eml)));

    [GeneratedRegex("http://[^\\s\"<]+/account/reset-password\\?[^\\s\"<]+")]
    private static partial Regex ResetLink();

    /// <summary>
    /// Sends through maildev with plain SMTP. Without <c>WALKINGDRUM_TEST_SMTP</c> the host is never
    /// started and the test that uses it is skipped.
    /// </summary>
    public sealed class MaildevApp() : WalkingDrumApp(SmtpSettings())
    {
        public override Task InitializeAsync() => Maildev.Running ? base.InitializeAsync() : Task.CompletedTask;

        private static Dictionary<string, string?> SmtpSettings()
        {
            if (!Maildev.Running)
            {
                return [];
            }

            var (host, port) = Maildev.Smtp;
            return new Dictionary<string, string?>
            {
                ["Email:Smtp:Host"] = host,
                ["Email:Smtp:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Email:Smtp:Security"] = "None",
            };
        }
    }

    /// <summary>Points SMTP at a loopback port nobody listens on, and records what the app logs.</summary>
    public sealed class SmtpDownApp() : WalkingDrumApp(new Dictionary<string, string?>
    {
        ["Email:Smtp:Host"] = "127.0.0.1",
        ["Email:Smtp:Port"] = SmtpRelay.UnusedPort().ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:Smtp:Security"] = "None",
        ["Logging:Console:LogLevel:WalkingDrum.Web.Email.EmailDispatcher"] = "None", // expected failures, recorded below
    })
    {
        public LogRecorder Logs { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        }
    }

    public sealed record LogEntry(string Category, LogLevel Level, string Message, Exception? Exception);

    /// <summary>Keeps every warning and error the app logs.</summary>
    public sealed class LogRecorder : ILoggerProvider
    {
        private readonly ConcurrentQueue<LogEntry> _entries = new();

        public ILogger CreateLogger(string categoryName) => new Recorder(categoryName, _entries);

        public async Task<LogEntry> WaitForAsync(Func<LogEntry, bool> match)
        {
            for (var attempt = 0; attempt < 100; attempt++)
            {
                var entry = _entries.FirstOrDefault(match);
                if (entry is not null)
                {
                    return entry;
                }

                await Task.Delay(100);
            }

            throw new TimeoutException("No matching log entry within 10 s: " + string.Join(" | ", _entries.Select(e => e.Message)));
        }

        public void Dispose()
        {
        }

        private sealed class Recorder(string category, ConcurrentQueue<LogEntry> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel))
                {
                    entries.Enqueue(new LogEntry(category, logLevel, formatter(state, exception), exception));
                }
            }
        }
    }
}
