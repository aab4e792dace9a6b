using WalkingDrum.Billing.Models;
using WalkingDrum.Billing.Services.Invoices;
using WalkingDrum.Billing.Tests.Fixtures;
using WalkingDrum.Core.Money;
using WalkingDrum.Core.Payments;
using Xunit;

namespace WalkingDrum.Billing.Tests.Services.Invoices;

/// <summary>Paying, voiding and crediting invoices, and the refusals that keep the books straight.</summary>
[Collection(AppCollection.Name)]
public sealed class InvoiceLifecycleTests(BillingApp app)
{
    [Fact]
    public async Task Attempts_are_recorded_and_a_payment_of_what_is_owed_pays_the_invoice_once()
    {
        var shop = await app.CreateShopDirectlyAsync();
        var invoice = await InvoiceSamples.CreateAsync(app, shop.Tenant, InvoiceSamples.Draft("subscription:d:period:1"));

        await InvoiceSamples.InShopAsync(app, shop.Tenant, i => i.RecordPaymentAttemptAsync(invoice.Id,
            new PaymentAttemptRecord(PaymentState.Failed, "pi_1", "card_declined", "Your card was declined."), CancellationToken.None));
        var wrong = await InvoiceSamples.InShopAsync(app, shop.Tenant, i => i.MarkPaidAsync(invoice.Id, "pi_2", new Amount(100, "USD"), CancellationToken.None));
        var paid = await InvoiceSamples.InShopAsync(app, shop.Tenant, i => i.MarkPaidAsync(invoice.Id, "pi_2", invoice.Total, CancellationToken.None));
        var again = await InvoiceSamples.InShopAsync(app, shop.Tenant, i => i.MarkPaidAsync(invoice.Id, "pi_2", invoice.Total, CancellationToken.None));
        var byOther = await InvoiceSamples.InShopAsync(app, shop.Tenant, i => i.MarkPaidAsync(invoice.Id, "pi_3", invoice.Total, CancellationToken.None));
        var voided = await InvoiceSamples.InShopAsync(app, shop.Tenant, i => i.VoidAsync(invoice.Id, CancellationToken.None));

        Assert.Equal("INV-000001 owes $35.75, not $1.00.", wrong.Problem);
        Assert.True(paid.Succeeded && again.Succeeded);
        Assert.Contains("already paid by another payment", byOther.Problem, StringComparison.Ordinal);
        Assert.Contains("issue a credit note", voided.Problem, StringComparison.Ordinal);
        var stored = await InvoiceSamples.InShopAsync(app, shop.Tenant, i => i.FindByPaymentAsync("pi_1", CancellationToken.None));
        Assert.Equal((InvoiceStatus.Paid, "pi_2", 3575L), (stored!.Status, stored.PaymentId, stored.AmountPaidMinor));
        var attempt = Assert.Single(stored.PaymentAttempts);
        Assert.Equal((PaymentState.Failed, "Your card was declined."), (attempt.Outcome, attempt.FailureMessage));
    }

    [Fact]
    public async Task Open_invoices_can_be_voided_or_given_up_on_but_not_paid_once_void()
    {
        var shop = await app.CreateShopDirectlyAsync();
        var first = await InvoiceSamples.CreateAsync(app, shop.Tenant, InvoiceSamples.Draft("subscription:e:period:1"));
        var second = await InvoiceSamples.CreateAsync(app, shop.Tenant, InvoiceSamples.Draft("subscription:e:period:2"));

        var uncollectible = await InvoiceSamples.InShopAsync(app, shop.Tenant, i => i.MarkUncollectibleAsync(first.Id, CancellationToken.None));
        var voided = await InvoiceSamples.InShopAsync(app, shop.Tenant, i => i.VoidAsync(second.Id, CancellationToken.None));
        var paidWhenVoid = await InvoiceSamples.InShopAsync(app, shop.Tenant, i => i.MarkPaidAsync(second.Id, "pi_late", second.Total, CancellationToken.None));
        var uncollectibleWhenVoid = await InvoiceSamples.InShopAsync(app, shop.Tenant, i => i.MarkUncollectibleAsync(second.Id, CancellationToken.None));

        Assert.Equal(InvoiceStatus.Uncollectible, uncollectible.Invoice!.Status);
        Assert.Equal(InvoiceStatus.Void, voided.Invoice!.Status);
        Assert.Equal("INV-000002 is void; refund the payment instead.", paidWhenVoid.Problem);
        Assert.Equal("INV-000002 is void already.", uncollectibleWhenVoid.Problem);
        Assert.Equal(Amount.Zero("USD"), voided.Invoice.AmountDue);
    }

    [Fact]
    public async Task Credit_notes_are_numbered_apart_and_never_exceed_what_was_paid()
    {
        var shop = await app.CreateShopDirectlyAsync();
        var open = await InvoiceSamples.CreateAsync(app, shop.Tenant, InvoiceSamples.Draft("subscription:f:period:1"));
        var paid = await InvoiceSamples.PaidAsync(app, shop.Tenant, "subscription:f:period:2");

        var unpaid = await CreditAsync(shop.Tenant, open.Id, 100, "re_0");
        var first = await CreditAsync(shop.Tenant, paid.Id, 1000, "re_1");
        var repeated = await CreditAsync(shop.Tenant, paid.Id, 1000, "re_1");
        var tooMuch = await CreditAsync(shop.Tenant, paid.Id, 2600, "re_2");
        var rest = await CreditAsync(shop.Tenant, paid.Id, 2575, "re_3");
        var beyond = await CreditAsync(shop.Tenant, paid.Id, 1, null);
        var zero = await CreditAsync(shop.Tenant, paid.Id, 0, null);

        Assert.Equal("INV-000001 has not been paid, so there is nothing to credit.", unpaid.Problem);
        Assert.Equal("CN-000001", first.CreditNote!.DisplayNumber);
        Assert.Equal(first.CreditNote.Id, repeated.CreditNote!.Id);
        Assert.Equal("At most $25.75 can be credited on INV-000002 (paid $35.75, credited $10.00).", tooMuch.Problem);
        Assert.Equal("CN-000002", rest.CreditNote!.DisplayNumber);
        Assert.Equal("INV-000002 is fully credited already.", beyond.Problem);
        Assert.Equal("A credit note must be for more than zero.", zero.Problem);
        var stored = await InvoiceSamples.InShopAsync(app, shop.Tenant, i => i.FindAsync(paid.Id, CancellationToken.None));
        Assert.Equal((3575L, 2), (stored!.AmountCreditedMinor, stored.CreditNotes.Count));
    }

    private Task<CreditNoteIssue> CreditAsync(Core.Tenancy.TenantInfo tenant, Guid invoiceId, long cents, string? refundId) =>
        InvoiceSamples.InShopAsync(app, tenant, i => i.IssueCreditNoteAsync(
            new CreditNoteRequest(invoiceId, new Amount(cents, "USD"), "Damaged bag", refundId), CancellationToken.None));
}
