using System.Threading.Channels;
using MimeKit;
using Microsoft.Extensions.Options;

namespace WalkingDrum.Web.Email;

/// <summary>
/// Delivers queued mail: every message is archived as an .eml file under
/// <c>App_Data/mail/{tenant}</c> (listed in the shop's admin) and, when SMTP is configured, sent
/// through it. A failed send is logged and kept in the archive, never lost silently.
/// </summary>
internal sealed partial class EmailDispatcher(
    Channel<QueuedEmail> queue,
    MailArchive archive,
    SmtpDelivery smtp,
    IOptions<EmailOptions> options,
    ILogger<EmailDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var item in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                var message = Compose(item);
                await archive.SaveAsync(item.Tenant, message, stoppingToken);
                if (smtp.IsConfigured)
                {
                    await smtp.SendAsync(message, stoppingToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex, item.Message.Subject, item.Tenant.Name);
            }
        }
    }

    private MimeMessage Compose(QueuedEmail item)
    {
        var message = new MimeMessage();
        var from = MailboxAddress.Parse(options.Value.From);
        if (!item.Tenant.IsHost)
        {
            from.Name = item.Tenant.DisplayName;
        }

        message.From.Add(from);
        message.To.Add(MailboxAddress.Parse(item.Message.To));
        message.Subject = item.Message.Subject;
        message.Headers.Add("X-WalkingDrum-Tenant", item.Tenant.IsHost ? "platform" : item.Tenant.Name);
        message.Body = new BodyBuilder { HtmlBody = item.Message.HtmlBody, TextBody = item.Message.TextBody }.ToMessageBody();
        return message;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not deliver email '{Subject}' for tenant {Tenant}")]
    private static partial void LogFailed(ILogger logger, Exception exception, string subject, string tenant);
}
