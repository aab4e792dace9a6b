using Microsoft.EntityFrameworkCore;
using Stripe;
using WalkingDrum.Billing.Models;
using WalkingDrum.Billing.Services.Stripe;
using WalkingDrum.Billing.Services.Webhooks;
using WalkingDrum.Core.Content;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Events;
using WalkingDrum.Core.Payments;
using WalkingDrum.Core.Tenancy;

namespace WalkingDrum.Billing.Services.Settings;

/// <summary>The current shop's Stripe keys: shown as hints, saved encrypted, checked against Stripe.</summary>
public sealed class PaymentSettingsService(
    WalkingDrumDbContext db,
    StripeSecrets secrets,
    StripeAccounts accounts,
    ShopStripe shop,
    ITenantContext tenant,
    DomainEvents events,
    TimeProvider clock)
{
    public async Task<PaymentSettingsView> GetAsync(CancellationToken cancellationToken)
    {
        var settings = await db.Set<PaymentSettings>().AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        var account = await accounts.GetAsync(db, tenant.TenantId, cancellationToken);
        return new PaymentSettingsView(
            account.IsSandbox,
            account.IsTest,
            settings?.SecretKeyHint,
            settings?.PublishableKey,
            settings?.WebhookSecretProtected is not null,
            settings?.UpdatedAt);
    }

    /// <summary>Saves the keys; returns messages by field and saves nothing when any is wrong.</summary>
    public async Task<IReadOnlyDictionary<string, string>> SaveAsync(PaymentSettingsInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var settings = await db.Set<PaymentSettings>().FirstOrDefaultAsync(cancellationToken);
        var errors = PaymentSettingsRules.Check(input, settings?.SecretKeyProtected is not null, settings?.WebhookSecretProtected is not null);
        if (errors.Count > 0)
        {
            return errors;
        }

        if (settings is null)
        {
            settings = new PaymentSettings { TenantId = tenant.TenantId };
            db.Add(settings);
        }

        var newAccount = false;
        if (input.SecretKey?.Trim() is { Length: > 0 } secret)
        {
            settings.SecretKeyProtected = secrets.Protect(tenant.TenantId, secret);
            settings.SecretKeyHint = StripeSecrets.Hint(secret);
            newAccount = true;
        }

        if (input.WebhookSecret?.Trim() is { Length: > 0 } webhook)
        {
            settings.WebhookSecretProtected = secrets.Protect(tenant.TenantId, webhook);
        }

        settings.PublishableKey = input.PublishableKey?.Trim() is { Length: > 0 } publishable ? publishable : settings.PublishableKey;
        settings.UpdatedAt = clock.GetUtcNow();
        // Another account's events start from scratch: the old cursor counted the sandbox's.
        await ReconcileEnrollment.StageAsync(db, settings.UpdatedAt, restart: newAccount, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await ForgetAsync(cancellationToken);
        return new Dictionary<string, string>();
    }

    /// <summary>Forgets the shop's keys: payments go to the sandbox again.</summary>
    public async Task UseSandboxAsync(CancellationToken cancellationToken)
    {
        var settings = await db.Set<PaymentSettings>().FirstOrDefaultAsync(cancellationToken);
        if (settings is not null)
        {
            settings.SecretKeyProtected = null;
            settings.SecretKeyHint = null;
            settings.PublishableKey = null;
            settings.WebhookSecretProtected = null;
            settings.UpdatedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
        }

        await ForgetAsync(cancellationToken);
    }

    // Cached accounts and pages (with or without the test-mode banner) describe the old settings.
    private async Task ForgetAsync(CancellationToken cancellationToken)
    {
        accounts.Forget(tenant.TenantId);
        await events.PublishAsync(new StorefrontChanged(tenant.TenantId), cancellationToken);
    }

    /// <summary>Makes one read-only call with the saved key; the message says what happened.</summary>
    public async Task<(bool Ok, string Message)> TestConnectionAsync(CancellationToken cancellationToken)
    {
        try
        {
            var client = await shop.ClientAsync(cancellationToken);
            await StripeFailures.TranslateAsync(() => new CustomerService(client).ListAsync(new CustomerListOptions { Limit = 1 }, cancellationToken: cancellationToken));
            var account = await shop.AccountAsync(cancellationToken);
            return (true, account.IsSandbox
                ? "Connected to the sandbox. Payments are test payments until you add your Stripe keys."
                : account.IsTest ? "Connected to Stripe in test mode." : "Connected to Stripe. Live payments are on.");
        }
        catch (PaymentException ex)
        {
            return (false, ex.Message);
        }
    }
}
