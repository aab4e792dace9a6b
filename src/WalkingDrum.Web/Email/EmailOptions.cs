namespace WalkingDrum.Web.Email;

/// <summary>Configuration section <c>Email</c>. Without <c>Smtp:Host</c> mail is only written to files.</summary>
public sealed class EmailOptions
{
    public string From { get; set; } = "Walking-Drum <no-reply@walkingdrum.localhost>";

    public SmtpOptions Smtp { get; set; } = new();
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
