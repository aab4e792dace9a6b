using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace WalkingDrum.Web.Email;

/// <summary>
/// What a failed delivery is recorded as in the outbox. The shop's admin shows it to the
/// merchant, so it names the kind of failure and never the exception's message, which can carry
/// the platform's SMTP host, port or account; the full exception goes to the log.
/// </summary>
internal static class DeliveryErrors
{
    public const string ShopGone = "The shop no longer exists, so the message was not sent.";

    public const string ShopDeleted = "The shop was deleted, so the message was not sent.";

    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var what = exception switch
        {
            SmtpCommandException { ErrorCode: SmtpErrorCode.RecipientNotAccepted } refused =>
                $"The mail server refused the recipient (status {(int)refused.StatusCode})",
            SmtpCommandException { ErrorCode: SmtpErrorCode.SenderNotAccepted } refused =>
                $"The mail server refused the sender address (status {(int)refused.StatusCode})",
            SmtpCommandException refused => $"The mail server refused the message (status {(int)refused.StatusCode})",
            AuthenticationException => "The mail server did not accept the platform's sign-in",
            SslHandshakeException => "No secure connection to the mail server could be made",
            SocketException or ServiceNotConnectedException => "The mail server could not be reached",
            SmtpProtocolException or IOException => "The connection to the mail server broke off",
            TimeoutException or OperationCanceledException => "The mail server did not answer in time",
            _ => "The message could not be delivered",
        };
        // The type's name tells an operator where to look in the log without revealing anything.
        return $"{what} ({exception.GetType().Name}).";
    }
}
