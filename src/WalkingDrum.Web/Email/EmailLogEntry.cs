namespace WalkingDrum.Web.Email;

/// <summary>Where a message stands, as the shop's email log shows it.</summary>
internal enum EmailLogState
{
    /// <summary>Waiting for its first attempt or its next retry.</summary>
    Queued,

    /// <summary>Claimed by a node that is delivering it right now.</summary>
    Sending,

    /// <summary>Given up on; the shop's owner may queue it again.</summary>
    Failed,

    /// <summary>Archived and, with SMTP configured, accepted by the mail server.</summary>
    Sent,
}

/// <summary>One message of the shop's email log.</summary>
/// <param name="Id">The outbox row, also the message's Message-Id.</param>
/// <param name="Recipient">Whom it is for.</param>
/// <param name="Subject">Its subject.</param>
/// <param name="TextBody">Its plain-text body.</param>
/// <param name="State">Where it stands.</param>
/// <param name="Attempts">Delivery attempts started so far.</param>
/// <param name="CreatedAt">When it was queued.</param>
/// <param name="NextAttemptAt">When it is tried next; only while queued.</param>
/// <param name="SentAt">When it was sent; only once sent.</param>
/// <param name="LastError">Why the last attempt failed, worded for the merchant (<see cref="DeliveryErrors"/>).</param>
internal sealed record EmailLogEntry(
    Guid Id,
    string Recipient,
    string Subject,
    string TextBody,
    EmailLogState State,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? SentAt,
    string? LastError);

/// <summary>One page of the email log, and how many of the shop's messages are in each state.</summary>
internal sealed record EmailLogPage(
    IReadOnlyList<EmailLogEntry> Entries, IReadOnlyDictionary<EmailLogState, int> Counts, int Matching, int Page, int PageCount)
{
    public int Total => Counts.Values.Sum();
}

/// <summary>What queueing a message again did.</summary>
internal enum RequeueOutcome
{
    /// <summary>It had failed and is queued again.</summary>
    Requeued,

    /// <summary>It was already queued or being sent; nothing changed.</summary>
    AlreadyQueued,

    /// <summary>It was already sent; nothing changed.</summary>
    AlreadySent,

    /// <summary>The shop has no such message.</summary>
    NotFound,
}

/// <summary>The outcome of queueing a message again, with its subject for the confirmation.</summary>
internal sealed record RequeueResult(RequeueOutcome Outcome, string Subject);
