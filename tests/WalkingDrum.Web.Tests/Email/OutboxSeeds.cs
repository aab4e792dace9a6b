using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Tenancy;
using WalkingDrum.Testing;
using WalkingDrum.Web.Email;

namespace WalkingDrum.Web.Tests.Email;

/// <summary>Outbox rows written straight to the table, in each state the dispatcher leaves them in.</summary>
internal static class OutboxSeeds
{
    public static Task<OutboxEmail> QueuedAsync(WalkingDrumApp app, TenantInfo shop, string subject, string? to = null) =>
        AddAsync(app, shop, subject, to, e =>
        {
            // Due in an hour: the dispatcher leaves it alone while the test looks at it.
            e.Attempts = 1;
            e.NextAttemptAtMs = OutboxRows.NowMs + 3_600_000;
            e.LastError = "The mail server could not be reached (SocketException).";
        });

    public static Task<OutboxEmail> SendingAsync(WalkingDrumApp app, TenantInfo shop, string subject, string? to = null) =>
        AddAsync(app, shop, subject, to, e =>
        {
            e.Attempts = 1;
            e.LeaseOwner = "another-node";
            e.LeaseUntilMs = OutboxRows.NowMs + (long)EmailOutbox.Lease.TotalMilliseconds;
        });

    public static Task<OutboxEmail> FailedAsync(WalkingDrumApp app, TenantInfo shop, string subject, string? to = null) =>
        AddAsync(app, shop, subject, to, e =>
        {
            e.Status = OutboxStatus.Failed;
            e.Attempts = EmailOutbox.RetryPauses.Length + 1;
            e.LastError = "The mail server refused the recipient (status 550) (SmtpCommandException).";
        });

    public static Task<OutboxEmail> SentAsync(WalkingDrumApp app, TenantInfo shop, string subject, string? to = null) =>
        AddAsync(app, shop, subject, to, e =>
        {
            e.Status = OutboxStatus.Sent;
            e.Attempts = 1;
            e.SentAtMs = OutboxRows.NowMs;
        });

    private static async Task<OutboxEmail> AddAsync(WalkingDrumApp app, TenantInfo shop, string subject, string? to, Action<OutboxEmail> shape)
    {
        var now = OutboxRows.NowMs;
        var email = new OutboxEmail
        {
            TenantId = shop.Id,
            Id = Guid.CreateVersion7(),
            Recipient = to ?? $"{Guid.NewGuid():N}@example.com",
            Subject = subject,
            HtmlBody = $"<p>{subject}</p>",
            TextBody = "Body of " + subject,
            Status = OutboxStatus.Pending,
            CreatedAtMs = now,
            NextAttemptAtMs = now,
        };
        shape(email);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WalkingDrumDbContext>();
        db.Add(email);
        await db.SaveChangesAsync();
        return email;
    }
}
