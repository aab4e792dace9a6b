using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Billing.Models;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Money;
using WalkingDrum.Core.Tenancy;
using WalkingDrum.Testing;
using BillingInvoices = WalkingDrum.Billing.Services.Invoices.Invoices;
using InvoiceDraft = WalkingDrum.Billing.Services.Invoices.InvoiceDraft;
using InvoiceDraftLine = WalkingDrum.Billing.Services.Invoices.InvoiceDraftLine;

namespace WalkingDrum.Billing.Tests.Services.Invoices;

/// <summary>Invoices issued the way the subscriptions module issues them, each in a scope and transaction of its own.</summary>
internal static class InvoiceSamples
{
    public static readonly DateTimeOffset PeriodStart = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>A month of coffee: two bags at 18.00, 3.00 off, 2.75 tax → 35.75.</summary>
    public static InvoiceDraft Draft(string sourceKey, string email = "subscriber@example.com", bool isTest = true) => new(
        sourceKey,
        email,
        "Ada Lovelace",
        [new InvoiceDraftLine("Kenya AA — 250 g", 2, new Amount(1800, "USD"), PeriodStart, PeriodStart.AddMonths(1))],
        new Amount(300, "USD"),
        new Amount(275, "USD"),
        PeriodStart,
        isTest,
        PeriodStart,
        PeriodStart.AddMonths(1));

    public static Task<T> InShopAsync<T>(WalkingDrumApp app, TenantInfo tenant, Func<BillingInvoices, Task<T>> work) =>
        app.Services.GetRequiredService<ITenantScopeRunner>().RunAsync(tenant, services => work(services.GetRequiredService<BillingInvoices>()));

    /// <summary>Issues (or finds) the invoice inside a transaction of the caller's, committed or rolled back.</summary>
    public static Task<Invoice> CreateAsync(WalkingDrumApp app, TenantInfo tenant, InvoiceDraft draft, bool commit = true) =>
        app.Services.GetRequiredService<ITenantScopeRunner>().RunAsync(tenant, async services =>
        {
            var db = services.GetRequiredService<WalkingDrumDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var invoice = await services.GetRequiredService<BillingInvoices>().CreateOrGetAsync(draft, CancellationToken.None);
            if (commit)
            {
                await transaction.CommitAsync();
            }
            else
            {
                await transaction.RollbackAsync();
            }

            return invoice;
        });

    /// <summary>A paid invoice of the shop.</summary>
    public static async Task<Invoice> PaidAsync(WalkingDrumApp app, TenantInfo tenant, string sourceKey, string email = "subscriber@example.com")
    {
        var invoice = await CreateAsync(app, tenant, Draft(sourceKey, email));
        var paid = await InShopAsync(app, tenant, i => i.MarkPaidAsync(invoice.Id, "pi_" + sourceKey, invoice.Total, CancellationToken.None));
        return paid.Invoice!;
    }
}
