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
    /// <summary>
    /// Stores <paramref name="message"/> in the durable outbox for delivery in the background, without
    /// waiting for the transport. It is written through the scope's <c>WalkingDrumDbContext</c>
    /// connection and never saves the context's tracked changes: when a transaction is open on that
    /// context (<c>Database.BeginTransactionAsync</c>), the message is committed or rolled back with
    /// it, so business data and its email are stored together or not at all, and it is delivered
    /// only after the commit; otherwise it is committed at once. Delivery is at least once (a crash
    /// between sending and recording may repeat a message, with the same Message-Id).
    /// </summary>
    /// <exception cref="ArgumentException">The recipient is not an email address, or the subject is too long.</exception>
    ValueTask EnqueueAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
