using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using WalkingDrum.Core.Tenancy;

namespace WalkingDrum.Web.Email;

/// <summary>
/// Delivers the outbox: claims due messages in small batches, archives each as an .eml file under
/// <c>App_Data/mail/{tenant}</c> and, when SMTP is configured, sends
/// it, then marks it sent. A failed message is retried with growing pauses and finally marked
/// failed and logged as an error, never dropped silently. Mail of a deleted shop is marked failed
/// without being sent.
/// </summary>
internal sealed partial class EmailDispatcher(
    EmailOutbox outbox,
    OutboxSignal signal,
    ITenantLookup tenants,
    MailArchive archive,
    SmtpDelivery smtp,
    TimeProvider clock,
    IOptions<EmailOptions> options,
    ILogger<EmailDispatcher> logger) : BackgroundService
{
    private const int BatchSize = 10;

    private static readonly TimeSpan PurgeInterval = TimeSpan.FromHours(1);

    private readonly string _owner = OwnerName();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Never zero: a wait of nothing would spin the loop.
        var poll = TimeSpan.FromSeconds(Math.Max(options.Value.Outbox.PollSeconds, 0.05));
        var nextPurge = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (clock.GetUtcNow() >= nextPurge)
                {
                    await outbox.PurgeSentAsync(stoppingToken);
                    nextPurge = clock.GetUtcNow() + PurgeInterval;
                }

                if (await DispatchDueAsync(stoppingToken) < BatchSize)
                {
                    await signal.WaitAsync(poll, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The database was away; the next poll tries again, and claims held meanwhile expire.
                LogPollFailed(logger, ex);
                await Task.Delay(poll, clock, stoppingToken);
            }
        }
    }

    /// <summary>Delivers one batch of due messages; returns how many were claimed.</summary>
    internal async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var claimed = await outbox.ClaimDueAsync(_owner, BatchSize, cancellationToken);
        foreach (var email in claimed)
        {
            await DeliverAsync(email, cancellationToken);
        }

        return claimed.Count;
    }

    private async Task DeliverAsync(OutboxEmail email, CancellationToken cancellationToken)
    {
        var tenantName = email.TenantId == Guid.Empty ? "platform" : email.TenantId.ToString();
        try
        {
            // The claim was taken for the whole batch; renewing it before each send means a slow
            // batch never sends a message whose claim ran out and went to another node.
            if (!await outbox.RenewLeaseAsync(email, _owner, cancellationToken))
            {
                return;
            }

            var tenant = email.TenantId == Guid.Empty ? TenantInfo.Host : await tenants.FindByIdAsync(email.TenantId, cancellationToken);
            if (tenant is null)
            {
                await RecordFailureAsync(email, tenantName, DeliveryErrors.ShopGone, exception: null, permanent: true, cancellationToken);
                return;
            }

            // A deleted shop's mail (an order confirmation queued just before, a retry) must not
            // reach its customers: it is marked failed unsent, and never offered again.
            if (tenant.State == TenantState.Deleted)
            {
                await outbox.RecordFailureAsync(email, _owner, DeliveryErrors.ShopDeleted, permanent: true, cancellationToken);
                LogSkippedDeleted(logger, email.Subject, tenant.Name);
                return;
            }

            tenantName = tenant.IsHost ? "platform" : tenant.Name;
            var message = OutboxMessages.Compose(email, tenant, options.Value.From);
            await archive.SaveAsync(tenant, email.Id, message, cancellationToken);
            if (smtp.IsConfigured)
            {
                await smtp.SendAsync(message, cancellationToken);
            }

            await outbox.MarkSentAsync(email, _owner, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            await RecordFailureAsync(email, tenantName, DeliveryErrors.Describe(ex), ex, IsPermanent(ex), cancellationToken);
        }
    }

    private async Task RecordFailureAsync(
        OutboxEmail email, string tenantName, string error, Exception? exception, bool permanent, CancellationToken cancellationToken)
    {
        var status = await outbox.RecordFailureAsync(email, _owner, error, permanent, cancellationToken);
        if (status == OutboxStatus.Failed)
        {
            LogGaveUp(logger, exception, email.Subject, tenantName, email.Attempts, error);
        }
        else
        {
            LogRetrying(logger, exception, email.Subject, tenantName, email.Attempts);
        }
    }

    // A recipient the server refuses for good stays refused; anything else (the server away,
    // refusing us, a configuration being fixed) may pass on a later attempt.
    private static bool IsPermanent(Exception exception) =>
        exception is SmtpCommandException { ErrorCode: SmtpErrorCode.RecipientNotAccepted } refused && (int)refused.StatusCode >= 500;

    // Names this node in the logs and in the lease column.
    private static string OwnerName()
    {
        var name = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
        return name.Length <= EmailOutboxModel.MaxLeaseOwnerLength ? name : name[^EmailOutboxModel.MaxLeaseOwnerLength..];
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not deliver email '{Subject}' for tenant {Tenant} (attempt {Attempts}); it will be retried.")]
    private static partial void LogRetrying(ILogger logger, Exception? exception, string subject, string tenant, int attempts);

    [LoggerMessage(Level = LogLevel.Error, Message = "Gave up delivering email '{Subject}' for tenant {Tenant} after {Attempts} attempts: {Error}")]
    private static partial void LogGaveUp(ILogger logger, Exception? exception, string subject, string tenant, int attempts, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Did not send email '{Subject}' of deleted shop {Tenant}.")]
    private static partial void LogSkippedDeleted(ILogger logger, string subject, string tenant);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The email outbox could not be polled; trying again shortly.")]
    private static partial void LogPollFailed(ILogger logger, Exception exception);
}
