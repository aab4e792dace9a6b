using WalkingDrum.Billing.Models;
using WalkingDrum.Billing.Tests.Fixtures;
using WalkingDrum.Core.Money;
using Xunit;

namespace WalkingDrum.Billing.Tests.Services.Invoices;

/// <summary>Invoice numbers: gapless and unique per shop under concurrent issue; one invoice per source key even when writers race.</summary>
[Collection(AppCollection.Name)]
public sealed class InvoiceNumberingTests(BillingApp app)
{
    [Fact]
    public async Task Invoices_issued_concurrently_get_gapless_unique_numbers_and_a_rolled_back_one_gives_its_number_back()
    {
        var shop = await app.CreateShopDirectlyAsync();
        var other = await app.CreateShopDirectlyAsync();
        await InvoiceSamples.CreateAsync(app, shop.Tenant, InvoiceSamples.Draft("rolled-back"), commit: false);

        var issued = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Task.Run(() => InvoiceSamples.CreateAsync(app, shop.Tenant, InvoiceSamples.Draft($"subscription:a:period:{i}")))));
        var elsewhere = await InvoiceSamples.CreateAsync(app, other.Tenant, InvoiceSamples.Draft("subscription:a:period:0"));

        Assert.Equal(Enumerable.Range(1, 8).Select(n => (long)n), issued.Select(i => i.Number).Order());
        Assert.Equal(1, elsewhere.Number);
        Assert.Null(await InvoiceSamples.InShopAsync(app, shop.Tenant, i => i.FindBySourceKeyAsync("rolled-back", CancellationToken.None)));
        var first = await InvoiceSamples.InShopAsync(app, shop.Tenant, i => i.FindByNumberAsync(1, CancellationToken.None));
        Assert.Equal("INV-000001", first!.DisplayNumber);
        Assert.Equal((InvoiceStatus.Open, new Amount(3600, "USD"), new Amount(3575, "USD")), (first.Status, first.Subtotal, first.Total));
        Assert.Equal(("Kenya AA — 250 g", 2, new Amount(3600, "USD")), (first.Lines[0].Description, first.Lines[0].Quantity, first.Lines[0].Amount));
    }

    [Fact]
    public async Task The_same_source_key_twice_and_concurrently_is_one_invoice_with_one_number()
    {
        var shop = await app.CreateShopDirectlyAsync();
        var once = await InvoiceSamples.CreateAsync(app, shop.Tenant, InvoiceSamples.Draft("subscription:b:period:1"));
        var twice = await InvoiceSamples.CreateAsync(app, shop.Tenant, InvoiceSamples.Draft("subscription:b:period:1", email: "someone-else@example.com"));

        var raced = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            Task.Run(() => InvoiceSamples.CreateAsync(app, shop.Tenant, InvoiceSamples.Draft("subscription:b:period:2")))));
        var next = await InvoiceSamples.CreateAsync(app, shop.Tenant, InvoiceSamples.Draft("subscription:b:period:3"));

        Assert.Equal((once.Id, once.Number), (twice.Id, twice.Number));
        Assert.Equal("subscriber@example.com", twice.CustomerEmail);
        Assert.Single(raced.Select(i => i.Id).Distinct());
        Assert.Equal(2, raced[0].Number);
        Assert.Equal(3, next.Number);
        var listed = await InvoiceSamples.InShopAsync(app, shop.Tenant, i => i.ListByCustomerAsync("Subscriber@Example.com", CancellationToken.None));
        Assert.Equal([3L, 2L, 1L], listed.Select(i => i.Number));
    }

    [Fact]
    public async Task Another_shops_invoice_is_not_found()
    {
        var shop = await app.CreateShopDirectlyAsync();
        var other = await app.CreateShopDirectlyAsync();
        var invoice = await InvoiceSamples.CreateAsync(app, shop.Tenant, InvoiceSamples.Draft("subscription:c:period:1"));

        Assert.Null(await InvoiceSamples.InShopAsync(app, other.Tenant, i => i.FindAsync(invoice.Id, CancellationToken.None)));
        var change = await InvoiceSamples.InShopAsync(app, other.Tenant, i => i.VoidAsync(invoice.Id, CancellationToken.None));
        Assert.False(change.Succeeded);
        var unchanged = await InvoiceSamples.InShopAsync(app, shop.Tenant, i => i.FindAsync(invoice.Id, CancellationToken.None));
        Assert.Equal(InvoiceStatus.Open, unchanged!.Status);
    }
}
