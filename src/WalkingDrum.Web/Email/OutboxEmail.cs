namespace WalkingDrum.Web.Email;

/// <summary>Where a message in the outbox stands.</summary>
internal enum OutboxStatus
{
    /// <summary>Waiting for its (next) delivery attempt.</summary>
    Pending,

    /// <summary>Archived and, when SMTP is configured, accepted by the server.</summary>
    Sent,

    /// <summary>Gave up: the last retry failed, or the failure cannot go away by itself.</summary>
    Failed,
}

/// <summary>
/// One message of the email outbox, written in the sender's transaction and delivered later by
/// <see cref="EmailDispatcher"/>. A platform table like the Stripe inbox: the dispatcher claims
/// rows across shops, so it has no tenant query filter and no row-level security; the tenant id
/// still leads the key. Times are Unix milliseconds, which compare and sort on both providers
/// (SQLite cannot order <see cref="DateTimeOffset"/> columns).
/// </summary>
internal sealed class OutboxEmail
{
    /// <summary>The shop the message is sent for; <see cref="Guid.Empty"/> for platform mail.</summary>
    public Guid TenantId { get; set; }

    /// <summary>Also the message's Message-Id and archive name, so a resend is recognisable.</summary>
    public Guid Id { get; set; }

    public string Recipient { get; set; } = "";

    public string Subject { get; set; } = "";

    public string HtmlBody { get; set; } = "";

    public string TextBody { get; set; } = "";

    public OutboxStatus Status { get; set; }

    /// <summary>Delivery attempts started (counted when claimed, so a crash mid-send counts too).</summary>
    public int Attempts { get; set; }

    public long CreatedAtMs { get; set; }

    /// <summary>Not to be tried before this.</summary>
    public long NextAttemptAtMs { get; set; }

    /// <summary>The node delivering the message, and until when its claim holds.</summary>
    public string? LeaseOwner { get; set; }

    public long LeaseUntilMs { get; set; }

    public string? LastError { get; set; }

    public long? SentAtMs { get; set; }
}
