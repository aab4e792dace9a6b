using System.Net;
using WalkingDrum.Billing.Models;
using WalkingDrum.Billing.Services.Invoices;
using WalkingDrum.Billing.Tests.Fixtures;
using WalkingDrum.Billing.Tests.Services.Invoices;
using WalkingDrum.Core.Money;
using Xunit;

namespace WalkingDrum.Billing.Tests.Pages.Admin;

/// <summary>The admin's invoices: the list with its filters and empty states, the printable document, the receipt, and isolation between shops.</summary>
[Collection(AppCollection.Name)]
public sealed class InvoicePagesTests(BillingApp app)
{
    [Fact]
    public async Task A_shop_without_invoices_says_where_they_come_from()
    {
        var shop = await app.CreateShopAsync();
        using var owner = await shop.OwnerClientAsync();

        var html = await TextAsync(owner, "admin/invoices");

        Assert.Contains("No invoices yet", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/s/" + shop.Name + "/admin/invoices\"", await TextAsync(owner, "admin"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_filters_by_status_and_finds_by_number_or_email()
    {
        var shop = await app.CreateShopAsync();
        await InvoiceSamples.CreateAsync(app, shop.Tenant, InvoiceSamples.Draft("subscription:g:period:1", email: "ada@example.com"));
        await InvoiceSamples.PaidAsync(app, shop.Tenant, "subscription:g:period:2", email: "grace@example.com");
        using var owner = await shop.OwnerClientAsync();

        var all = await TextAsync(owner, "admin/invoices");
        var paid = await TextAsync(owner, "admin/invoices?status=paid");
        var byNumber = await TextAsync(owner, "admin/invoices?q=INV-000001");
        var byEmail = await TextAsync(owner, "admin/invoices?q=GRACE@");
        var none = await TextAsync(owner, "admin/invoices?q=nobody");
        var badStatus = await TextAsync(owner, "admin/invoices?status=refunded&p=99");

        Assert.Contains("2 invoices, newest first", all, StringComparison.Ordinal);
        Assert.True(all.IndexOf("INV-000002", StringComparison.Ordinal) < all.IndexOf("INV-000001", StringComparison.Ordinal));
        Assert.Contains("1 invoice, newest first", paid, StringComparison.Ordinal);
        Assert.Contains("INV-000002", paid, StringComparison.Ordinal);
        Assert.DoesNotContain("INV-000001", paid, StringComparison.Ordinal);
        Assert.Contains("ada@example.com", byNumber, StringComparison.Ordinal);
        Assert.DoesNotContain("grace@example.com", byNumber, StringComparison.Ordinal);
        Assert.Contains("INV-000002", byEmail, StringComparison.Ordinal);
        Assert.DoesNotContain("INV-000001", byEmail, StringComparison.Ordinal);
        Assert.Contains("No invoices match these filters", none, StringComparison.Ordinal);
        Assert.Contains("“refunded” is not an invoice status", badStatus, StringComparison.Ordinal);
        Assert.Contains("2 invoices, newest first", badStatus, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invoice_shows_as_a_printable_document_with_its_credit_notes_and_a_receipt_once_paid()
    {
        var shop = await app.CreateShopAsync();
        var open = await InvoiceSamples.CreateAsync(app, shop.Tenant, InvoiceSamples.Draft("subscription:h:period:1"));
        var paid = await InvoiceSamples.PaidAsync(app, shop.Tenant, "subscription:h:period:2");
        await InvoiceSamples.InShopAsync(app, shop.Tenant, i => i.IssueCreditNoteAsync(
            new CreditNoteRequest(paid.Id, new Amount(500, "USD"), "Late delivery", "re_h"), CancellationToken.None));
        using var owner = await shop.OwnerClientAsync();

        var document = await TextAsync(owner, $"admin/invoices/{paid.Id}");
        var openDocument = await TextAsync(owner, $"admin/invoices/{open.Id}");
        var receipt = await TextAsync(owner, $"admin/invoices/{paid.Id}/receipt");
        using var noReceipt = await owner.GetAsync($"admin/invoices/{open.Id}/receipt");

        Assert.Contains("class=\"invoice-document\"", document, StringComparison.Ordinal);
        Assert.Contains("@media print", document, StringComparison.Ordinal);
        Assert.Contains("onclick=\"window.print()\">Print</button>", document, StringComparison.Ordinal);
        Assert.Contains("Store " + shop.Name, document, StringComparison.Ordinal);
        Assert.Contains("Invoice INV-000002", document, StringComparison.Ordinal);
        Assert.Contains("Kenya AA — 250 g", document, StringComparison.Ordinal);
        Assert.Contains("1 March 2026 – 1 April 2026", document, StringComparison.Ordinal);
        Assert.Contains("−$3.00", document, StringComparison.Ordinal);
        Assert.Contains("$2.75", document, StringComparison.Ordinal);
        Assert.Contains("$35.75", document, StringComparison.Ordinal);
        Assert.Contains("class=\"doc-mark mark-paid\">Paid<", document, StringComparison.Ordinal);
        Assert.Contains("<strong>Test mode.</strong>", document, StringComparison.Ordinal);
        Assert.Contains("CN-000001", document, StringComparison.Ordinal);
        Assert.Contains("Late delivery", document, StringComparison.Ordinal);
        Assert.Contains("Amount due", openDocument, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"doc-mark", openDocument, StringComparison.Ordinal);
        Assert.DoesNotContain("/receipt", openDocument, StringComparison.Ordinal);
        Assert.Contains("Receipt INV-000002", receipt, StringComparison.Ordinal);
        Assert.Contains("Paid $35.75 on", receipt, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, noReceipt.StatusCode);
    }

    [Fact]
    public async Task A_void_invoice_is_marked_and_a_live_one_has_no_test_mark()
    {
        var shop = await app.CreateShopAsync();
        var invoice = await InvoiceSamples.CreateAsync(app, shop.Tenant, InvoiceSamples.Draft("subscription:i:period:1", isTest: false));
        await InvoiceSamples.InShopAsync(app, shop.Tenant, i => i.VoidAsync(invoice.Id, CancellationToken.None));
        using var owner = await shop.OwnerClientAsync();

        var document = await TextAsync(owner, $"admin/invoices/{invoice.Id}");

        Assert.Contains("class=\"doc-mark mark-void\">Void<", document, StringComparison.Ordinal);
        Assert.DoesNotContain("Test mode.", document, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_shops_invoice_is_not_found_and_strangers_are_sent_to_sign_in()
    {
        var shop = await app.CreateShopAsync();
        var other = await app.CreateShopAsync();
        var theirs = await InvoiceSamples.PaidAsync(app, other.Tenant, "subscription:j:period:1", email: "theirs@example.com");
        using var owner = await shop.OwnerClientAsync();
        using var stranger = shop.Client();

        using var detail = await owner.GetAsync($"admin/invoices/{theirs.Id}");
        using var receipt = await owner.GetAsync($"admin/invoices/{theirs.Id}/receipt");
        var list = await TextAsync(owner, "admin/invoices?q=theirs");
        using var anonymous = await stranger.GetAsync($"admin/invoices/{theirs.Id}");

        Assert.Equal(HttpStatusCode.NotFound, detail.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, receipt.StatusCode);
        Assert.Contains("No invoices yet", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        var unchanged = await InvoiceSamples.InShopAsync(app, other.Tenant, i => i.FindAsync(theirs.Id, CancellationToken.None));
        Assert.Equal(InvoiceStatus.Paid, unchanged!.Status);
    }

    /// <summary>The page's markup with character references decoded, as a reader sees the text.</summary>
    private static async Task<string> TextAsync(HttpClient client, string path) => WebUtility.HtmlDecode(await client.GetStringAsync(path));
}
