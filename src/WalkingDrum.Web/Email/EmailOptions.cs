namespace WalkingDrum.Web.Email;

/// <summary>Configuration section <c>Email</c>. Without <c>Smtp:Host</c> mail is only written to files.</summary>
public sealed class EmailOptions
{
    public string From { get; set; } = "Walking-Drum <no-reply@walkingdrum.localhost>";

    public SmtpOptions Smtp { get; set; } = new();

    public EmailOutboxOptions Outbox { get; set; } = new();
}

/// <summary>Configuration section <c>Email:Smtp</c>.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>Auto (STARTTLS when offered), StartTls, SslOnConnect or None.</summary>
    public string Security { get; set; } = "Auto";

    public string? UserName { get; set; }

    public string? Password { get; set; }
}

/// <summary>Configuration section <c>Email:Outbox</c>.</summary>
public sealed class EmailOutboxOptions
{
    /// <summary>
    /// How often the dispatcher looks for due mail besides being woken by a commit on this node:
    /// this finds mail of other nodes, retries that came due, and claims a crashed node left.
    /// </summary>
    public double PollSeconds { get; set; } = 5;

    /// <summary>Sent messages are deleted from the outbox this many days later (the .eml archive stays).</summary>
    public int KeepSentDays { get; set; } = 14;
}
