using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Email;
using WalkingDrum.Core.Tenancy;
using WalkingDrum.Testing;
using WalkingDrum.Web.Email;

namespace WalkingDrum.Web.Tests.Email;

/// <summary>Reads and nudges the email outbox of a test app, as the dispatcher sees it (across shops).</summary>
internal static class OutboxRows
{
    public static EmailMessage Message(string subject, string? to = null) =>
        new(to ?? $"{Guid.NewGuid():N}@example.com", subject, $"<p>{subject}</p>", subject);

    /// <summary>Enqueues <paramref name="message"/> in <paramref name="shop"/>'s scope, outside any transaction.</summary>
    public static Task EnqueueAsync(WalkingDrumApp app, TenantInfo shop, EmailMessage message) =>
        app.Services.GetRequiredService<ITenantScopeRunner>()
            .RunAsync(shop, services => services.GetRequiredService<IEmailSender>().EnqueueAsync(message).AsTask());

    public static async Task<OutboxEmail?> FindAsync(WalkingDrumApp app, string subject)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WalkingDrumDbContext>();
        return await db.Set<OutboxEmail>().AsNoTracking().SingleOrDefaultAsync(e => e.Subject == subject);
    }

    public static async Task<List<OutboxEmail>> AllAsync(WalkingDrumApp app, string subjectPrefix)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WalkingDrumDbContext>();
        return await db.Set<OutboxEmail>().AsNoTracking().Where(e => e.Subject.StartsWith(subjectPrefix)).ToListAsync();
    }

    /// <summary>Waits (up to <paramref name="seconds"/>) until the message's row satisfies <paramref name="until"/>.</summary>
    public static async Task<OutboxEmail> WaitForAsync(WalkingDrumApp app, string subject, Func<OutboxEmail, bool> until, int seconds = 15)
    {
        var stopAt = DateTime.UtcNow.AddSeconds(seconds);
        OutboxEmail? row;
        do
        {
            row = await FindAsync(app, subject);
            if (row is not null && until(row))
            {
                return row;
            }

            await Task.Delay(50);
        }
        while (DateTime.UtcNow < stopAt);

        throw new TimeoutException(
            $"The outbox row '{subject}' did not get there within {seconds} s; last seen {row?.Status} after {row?.Attempts} attempts ({row?.LastError}).");
    }

    /// <summary>Changes rows behind the dispatcher's back, then wakes it.</summary>
    public static async Task UpdateAsync(WalkingDrumApp app, string subject, Action<UpdateSettersBuilder<OutboxEmail>> set)
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WalkingDrumDbContext>();
            await db.Set<OutboxEmail>().Where(e => e.Subject == subject).ExecuteUpdateAsync(set);
        }

        Wake(app);
    }

    public static void Wake(WalkingDrumApp app) => app.Services.GetRequiredService<OutboxSignal>().Notify();

    public static long NowMs => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
}
