using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Billing.Models;
using WalkingDrum.Billing.Services.Invoices;
using WalkingDrum.Core.Money;
using WalkingDrum.Core.Tenancy;
using WalkingDrum.Testing;

namespace WalkingDrum.Web.Tests.Tenancy;

/// <summary>Shop B's paid invoice, which no other shop's admin may see, print or change.</summary>
public sealed partial class EndpointIsolationTests
{
    private const string BInvoiceEmail = "b-secret-invoice@example.com";
    private Guid _bInvoiceId;

    private Task SeedInvoiceAsync(TestShop b) =>
        app.Services.GetRequiredService<ITenantScopeRunner>().RunAsync(b.Tenant, async services =>
        {
            var invoices = services.GetRequiredService<Invoices>();
            var invoice = await invoices.CreateOrGetAsync(new InvoiceDraft(
                "isolation:b", BInvoiceEmail, "B customer", [new InvoiceDraftLine("B-secret-invoice-line", 1, new Amount(1200, "USD"))],
                Amount.Zero("USD"), Amount.Zero("USD"), DateTimeOffset.UtcNow, IsTest: true), CancellationToken.None);
            await invoices.MarkPaidAsync(invoice.Id, "pi_b_isolation", invoice.Total, CancellationToken.None);
            _bInvoiceId = invoice.Id;
        });

    private Task<List<string>> InvoicesOfAsync(TestShop b) =>
        InShop(b, async db => (await db.Set<Invoice>().AsNoTracking().ToListAsync())
            .Select(i => $"{i.Number}|{i.Status}|{i.AmountPaidMinor}|{i.AmountCreditedMinor}|{i.Version}")
            .Concat(await db.Set<CreditNote>().OrderBy(c => c.Number).Select(c => $"{c.Number}|{c.AmountMinor}").ToListAsync())
            .ToList());
}
