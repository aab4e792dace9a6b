using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Billing.Data;
using WalkingDrum.Billing.Endpoints;
using WalkingDrum.Billing.Services.Gateway;
using WalkingDrum.Billing.Services.Invoices;
using WalkingDrum.Billing.Services.Settings;
using WalkingDrum.Billing.Services.Stripe;
using WalkingDrum.Billing.Services.Webhooks;
using WalkingDrum.Core.Admin;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Modules;
using WalkingDrum.Core.Payments;
using WalkingDrum.Theme.Services;

namespace WalkingDrum.Billing;

/// <summary>Payments: the Stripe gateway (or the embedded sandbox), shop keys, webhooks and invoices.</summary>
public sealed class BillingStartup : IModuleStartup
{
    public ModuleDescriptor Descriptor { get; } = new(
        "WalkingDrum.Billing",
        "Billing",
        "Payments through Stripe or the embedded sandbox: hosted checkout, off-session charges, refunds, invoices and exactly-once webhooks.",
        []);

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IModelContributor, BillingModel>();
        services.AddSingleton<IModelContributor, InvoiceModel>();

        // Stripe: which account a shop uses, and the HTTP pipeline every request goes through.
        services.AddSingleton<StripeSecrets>();
        services.AddSingleton<StripeAccounts>();
        services.AddSingleton<StripeSandboxAddress>();
        services.AddHostedService<EmbeddedStripeSandbox>();
        services.AddStripeHttpClient();
        services.AddSingleton<StripeClients>();
        services.AddScoped<ShopStripe>();

        // The gateway behind Core's payment contracts.
        services.AddScoped<SandboxWebhooks>();
        services.AddScoped<IHostedCheckout, StripeHostedCheckout>();
        services.AddScoped<IPaymentRefunds, StripePaymentRefunds>();
        services.AddScoped<IPaymentMode, StripePaymentMode>();
        services.AddScoped<IOffSessionPayments, StripeOffSessionPayments>();
        services.AddStorefrontLayoutContributor<TestModeBanner>();

        // Webhooks: receive into the inbox, process once in the background.
        services.AddSingleton<InboxSignal>();
        services.AddSingleton<StripeInbox>();
        services.AddHostedService(sp => sp.GetRequiredService<StripeInbox>());
        services.AddScoped<StripeWebhookReceiver>();
        services.AddSingleton<InboxEventRunner>();
        services.AddHostedService<StripeInboxProcessor>();
        services.AddHostedService<StripeEventReconciler>();
        services.AddScoped<IStripeEventHandler, CheckoutCompletedHandler>();
        services.AddScoped<IStripeEventHandler, RefundEventsHandler>();
        services.AddScoped<IStripeEventHandler, PaymentOutcomeEventsHandler>();

        services.AddScoped<PaymentSettingsService>();
        services.AddScoped<Invoices>();
        services.AddScoped<InvoiceQueries>();
        services.AddScoped<InvoiceDocuments>();
        services.AddSingleton(new AdminMenuItem("Invoices", "/admin/invoices", 95));
        services.AddSingleton(new AdminMenuItem("Payments", "/admin/payments", 810));
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapStripeWebhookEndpoints();
}
