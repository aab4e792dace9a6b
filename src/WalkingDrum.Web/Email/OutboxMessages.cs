using MimeKit;
using WalkingDrum.Core.Tenancy;

namespace WalkingDrum.Web.Email;

/// <summary>Turns an outbox row into the MIME message that is archived and sent.</summary>
internal static class OutboxMessages
{
    public static MimeMessage Compose(OutboxEmail email, TenantInfo tenant, string fromAddress)
    {
        var message = new MimeMessage();
        var from = MailboxAddress.Parse(fromAddress);
        if (!tenant.IsHost)
        {
            from.Name = tenant.DisplayName;
        }

        message.From.Add(from);
        message.To.Add(MailboxAddress.Parse(email.Recipient));
        message.Subject = email.Subject;
        // Both derive from the row, so a copy sent again (after a crash between sending and
        // marking it sent) carries the same Message-Id and replaces the same archive file.
        message.MessageId = $"{email.Id:N}@{(string.IsNullOrEmpty(from.Domain) ? "walkingdrum.localhost" : from.Domain)}";
        message.Date = DateTimeOffset.FromUnixTimeMilliseconds(email.CreatedAtMs);
        message.Headers.Add("X-WalkingDrum-Tenant", tenant.IsHost ? "platform" : tenant.Name);
        message.Body = new BodyBuilder { HtmlBody = email.HtmlBody, TextBody = email.TextBody }.ToMessageBody();
        return message;
    }
}
