namespace WalkingDrum.Core.Email;

/// <summary>An email ready to send.</summary>
/// <param name="To">Recipient address.</param>
/// <param name="Subject">Subject line.</param>
/// <param name="HtmlBody">HTML body.</param>
/// <param name="TextBody">Plain-text alternative.</param>
public sealed record EmailMessage(string To, string Subject, string HtmlBody, string TextBody);

/// <summary>Delivers email for the current tenant (SMTP when configured, files otherwise).</summary>
public interface IEmailSender
{
    /// <summary>Queues <paramref name="message"/> for delivery without waiting for the transport.</summary>
    ValueTask EnqueueAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
