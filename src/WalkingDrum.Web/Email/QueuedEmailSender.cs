using System.Threading.Channels;
using WalkingDrum.Core.Email;
using WalkingDrum.Core.Tenancy;

namespace WalkingDrum.Web.Email;

/// <summary>A message waiting for delivery, with the tenant it is sent for.</summary>
internal sealed record QueuedEmail(TenantInfo Tenant, EmailMessage Message);

/// <summary>
/// Hands messages to <see cref="EmailDispatcher"/> and returns at once, so a request never waits
/// for SMTP — and a password-reset request takes as long for unknown emails as for known ones.
/// </summary>
internal sealed class QueuedEmailSender(ITenantContext tenantContext, Channel<QueuedEmail> queue) : IEmailSender
{
    public ValueTask EnqueueAsync(EmailMessage message, CancellationToken cancellationToken = default) =>
        queue.Writer.WriteAsync(new QueuedEmail(tenantContext.Tenant, message), cancellationToken);
}
