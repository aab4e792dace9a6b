using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Stripe;
using WalkingDrum.Billing.Models;
using WalkingDrum.Billing.Services.Stripe;
using WalkingDrum.Billing.Services.Webhooks;
using WalkingDrum.Core.Data;

namespace WalkingDrum.Billing.Services.Gateway;

/// <summary>
/// Registers the shop's webhook endpoint with the sandbox, the way a merchant would in Stripe's
/// dashboard: at the shop address the current request came in on, so sandbox events reach this
/// shop however it is addressed. The endpoint's signing secret is kept, protected, in the shop's
/// payment settings.
/// </summary>
internal sealed class SandboxWebhooks(
    ShopStripe shop,
    StripeAccounts accounts,
    StripeSecrets secrets,
    WalkingDrumDbContext db,
    IHttpContextAccessor http,
    TimeProvider clock)
{
    /// <summary>The path of the webhook receiver under a shop's address.</summary>
    public const string ReceiverPath = "/stripe/webhook";

    /// <summary>The receiver's address under the shop address <paramref name="request"/> came in on.</summary>
    public static string ReceiverUrl(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return $"{request.Scheme}://{request.Host}{request.PathBase}{ReceiverPath}";
    }

    public async Task EnsureRegisteredAsync(CancellationToken cancellationToken)
    {
        var request = http.HttpContext?.Request
            ?? throw new InvalidOperationException("The sandbox webhook is registered from a storefront request.");
        var url = ReceiverUrl(request);
        var settings = await db.Set<PaymentSettings>().FirstOrDefaultAsync(cancellationToken);
        if (settings?.SandboxWebhookUrl == url && settings.SandboxWebhookSecretProtected is not null)
        {
            return;
        }

        var client = await shop.ClientAsync(cancellationToken);
        var endpoints = new WebhookEndpointService(client);
        var created = await StripeFailures.TranslateAsync(() => endpoints.CreateAsync(
            new WebhookEndpointCreateOptions { Url = url, EnabledEvents = ["*"] },
            ShopStripe.Idempotent(IdempotencyKeys.For("sandbox-webhook", shop.TenantId, url)),
            cancellationToken));
        if (settings is null)
        {
            settings = new PaymentSettings { TenantId = shop.TenantId };
            db.Add(settings);
        }
        else if (settings.SandboxWebhookId is { } previous)
        {
            await RemoveQuietlyAsync(endpoints, previous, cancellationToken);
        }

        settings.SandboxWebhookId = created.Id;
        settings.SandboxWebhookUrl = url;
        settings.SandboxWebhookSecretProtected = secrets.Protect(shop.TenantId, created.Secret);
        settings.UpdatedAt = clock.GetUtcNow();
        await ReconcileEnrollment.StageAsync(db, settings.UpdatedAt, restart: false, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request registered the same endpoint a moment earlier (the idempotency key
            // made it the same endpoint, with the same secret): theirs is as good as ours.
            db.ChangeTracker.Clear();
        }

        accounts.Forget(shop.TenantId);
    }

    // An endpoint left over from an earlier address only delivers to a place nobody listens.
    private static async Task RemoveQuietlyAsync(WebhookEndpointService endpoints, string id, CancellationToken cancellationToken)
    {
        try
        {
            await endpoints.DeleteAsync(id, cancellationToken: cancellationToken);
        }
        catch (StripeException)
        {
            // Already gone.
        }
    }
}
