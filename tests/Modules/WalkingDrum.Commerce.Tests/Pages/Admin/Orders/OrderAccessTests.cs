using System.Net;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Tests.Fixtures;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Commerce.Tests.Pages.Admin.Orders;

[Collection(AppCollection.Name)]
public sealed class OrderAccessTests(WalkingDrumApp app)
{
    [Fact]
    public async Task Another_shops_admin_finds_none_of_this_shops_orders()
    {
        var a = await app.CreateShopAsync();
        var b = await app.CreateShopAsync();
        var theirs = await TestOrders.AddAsync(app, a, o => o.Email = "a-secret-shopper@example.com");
        var mine = await TestOrders.AddAsync(app, b, o => o.Email = "b-shopper@example.com");
        var bOwner = await b.OwnerClientAsync();
        // B's own order page, for the token B's admin legitimately has.
        var bOrderPage = await bOwner.GetStringAsync($"admin/orders/{mine.Id}");

        var read = await bOwner.GetAsync($"admin/orders/{theirs.Id}");
        var fulfil = await TestOrders.PostAsync(bOwner, theirs.Id, "Fulfillment", bOrderPage, ("version", "0"), ("to", "Fulfilled"));
        var note = await TestOrders.PostAsync(bOwner, theirs.Id, "Note", bOrderPage, ("Note.Text", "Hijacked"));
        var refund = await TestOrders.PostAsync(bOwner, theirs.Id, "Refund", bOrderPage,
            ("Refund.RequestId", Guid.NewGuid().ToString()), ("Refund.RefundedBefore", "0"), ("Refund.Amount", "1.00"));
        var list = await bOwner.GetStringAsync("admin/orders?q=a-secret");
        var export = await bOwner.GetStringAsync("admin/orders/export.csv");

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, fulfil.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, note.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, refund.StatusCode);
        Assert.Contains("No orders match these filters.", list, StringComparison.Ordinal);
        Assert.DoesNotContain("a-secret-shopper", export, StringComparison.Ordinal);
        Assert.Contains("b-shopper@example.com", export, StringComparison.Ordinal);
        var after = await TestOrders.ReadAsync(app, a, theirs.Id);
        Assert.Equal((OrderFulfillmentStatus.Unfulfilled, 0, 0L), (after.FulfillmentStatus, after.Version, after.RefundedMinor));
        Assert.Empty(after.Notes);
        Assert.Empty(after.Refunds);
    }

    [Fact]
    public async Task Customers_and_visitors_are_kept_out_and_staff_are_let_in()
    {
        var shop = await app.CreateShopAsync();
        var order = await TestOrders.AddAsync(app, shop);
        var customer = await shop.SignedInClientAsync(TestShop.CustomerEmail, TestShop.CustomerPassword);
        var staff = await shop.SignedInClientAsync(TestShop.StaffEmail, TestShop.StaffPassword);
        var anonymous = shop.Client();

        foreach (var path in new[] { "admin/orders", $"admin/orders/{order.Id}", "admin/orders/export.csv" })
        {
            var asCustomer = await customer.GetAsync(path);
            var asVisitor = await anonymous.GetAsync(path);
            Assert.Contains("/account/denied", asCustomer.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
            Assert.Contains("/account/login", asVisitor.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync(path)).StatusCode);
        }

        var staffPage = await staff.GetStringAsync($"admin/orders/{order.Id}");
        var byCustomer = await TestOrders.PostAsync(customer, order.Id, "Note", staffPage, ("Note.Text", "From a customer"));
        Assert.Contains("/account/denied", byCustomer.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
        Assert.Empty((await TestOrders.ReadAsync(app, shop, order.Id)).Notes);
    }
}
