using System.Net;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Tests.Fixtures;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Commerce.Tests.Pages.Admin.Orders;

[Collection(AppCollection.Name)]
public sealed class OrderFulfillmentTests(WalkingDrumApp app)
{
    [Fact]
    public async Task Staff_fulfil_reopen_and_cancel_an_order_and_each_step_is_noted()
    {
        var shop = await app.CreateShopAsync();
        var order = await TestOrders.AddAsync(app, shop);
        var staff = await shop.SignedInClientAsync(TestShop.StaffEmail, TestShop.StaffPassword);

        var fulfilled = await MoveAsync(staff, order.Id, "fulfilled");
        var afterFulfil = await TestOrders.ReadAsync(app, shop, order.Id);
        var page = WebUtility.HtmlDecode(await staff.GetStringAsync(fulfilled.Headers.Location));
        var reopened = await MoveAsync(staff, order.Id, "Unfulfilled");
        var afterReopen = await TestOrders.ReadAsync(app, shop, order.Id);
        var canceled = await MoveAsync(staff, order.Id, "canceled");
        var afterCancel = await TestOrders.ReadAsync(app, shop, order.Id);

        Assert.Equal(HttpStatusCode.Redirect, fulfilled.StatusCode);
        Assert.Equal((OrderFulfillmentStatus.Fulfilled, 1), (afterFulfil.FulfillmentStatus, afterFulfil.Version));
        Assert.NotNull(afterFulfil.FulfilledAt);
        Assert.Contains("Order #1001: marked as fulfilled.", page, StringComparison.Ordinal);
        Assert.Contains("Marked as fulfilled by staff@example.com.", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);
        Assert.Equal((OrderFulfillmentStatus.Unfulfilled, null, 2), (afterReopen.FulfillmentStatus, afterReopen.FulfilledAt, afterReopen.Version));
        Assert.Equal(HttpStatusCode.Redirect, canceled.StatusCode);
        Assert.Equal(OrderFulfillmentStatus.Canceled, afterCancel.FulfillmentStatus);
        Assert.Equal(["Canceled by staff@example.com.", "Marked as fulfilled by staff@example.com.", "Marked as unfulfilled by staff@example.com."],
            afterCancel.Notes.Select(n => n.Text).Order(StringComparer.Ordinal));
        Assert.All(afterCancel.Notes, n => Assert.Equal("", n.Author));
    }

    [Fact]
    public async Task A_form_shown_before_someone_else_changed_the_order_changes_nothing()
    {
        var shop = await app.CreateShopAsync();
        var order = await TestOrders.AddAsync(app, shop);
        var owner = await shop.OwnerClientAsync();
        var staff = await shop.SignedInClientAsync(TestShop.StaffEmail, TestShop.StaffPassword);
        var ownersPage = await owner.GetStringAsync($"admin/orders/{order.Id}");

        Assert.Equal(HttpStatusCode.Redirect, (await MoveAsync(staff, order.Id, "fulfilled")).StatusCode);
        var stale = await TestOrders.PostAsync(owner, order.Id, "Fulfillment", ownersPage, ("version", TestOrders.Hidden(ownersPage, "version")), ("to", "Canceled"));
        var html = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());
        var after = await TestOrders.ReadAsync(app, shop, order.Id);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("This order changed meanwhile, so nothing was done.", html, StringComparison.Ordinal);
        Assert.Equal((OrderFulfillmentStatus.Fulfilled, 1), (after.FulfillmentStatus, after.Version));
        Assert.Single(after.Notes);
        Assert.Contains("name=\"version\" value=\"1\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Canceled", "A fulfilled order cannot be canceled")]
    [InlineData("Fulfilled", "This order is already fulfilled.")]
    [InlineData("shipped", "This form is incomplete.")]
    [InlineData("", "This form is incomplete.")]
    public async Task A_move_the_order_cannot_make_is_refused(string to, string message)
    {
        var shop = await app.CreateShopAsync();
        var order = await TestOrders.AddAsync(app, shop, o => (o.FulfillmentStatus, o.FulfilledAt) = (OrderFulfillmentStatus.Fulfilled, DateTimeOffset.UtcNow));
        var owner = await shop.OwnerClientAsync();

        var response = await MoveAsync(owner, order.Id, to);
        var after = await TestOrders.ReadAsync(app, shop, order.Id);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal((OrderFulfillmentStatus.Fulfilled, 0), (after.FulfillmentStatus, after.Version));
        Assert.Empty(after.Notes);
    }

    [Fact]
    public async Task A_merchant_note_is_signed_with_the_admins_email()
    {
        var shop = await app.CreateShopAsync();
        var order = await TestOrders.AddAsync(app, shop);
        var owner = await shop.OwnerClientAsync();
        var page = await owner.GetStringAsync($"admin/orders/{order.Id}");

        var added = await TestOrders.PostAsync(owner, order.Id, "Note", page, ("Note.Text", "  Shopper asked for gift wrap.\nUse the red paper.  "));
        var after = await TestOrders.ReadAsync(app, shop, order.Id);
        var shown = WebUtility.HtmlDecode(await owner.GetStringAsync($"admin/orders/{order.Id}"));

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var note = Assert.Single(after.Notes);
        Assert.Equal(("Shopper asked for gift wrap.\nUse the red paper.", shop.OwnerEmail), (note.Text, note.Author));
        Assert.Equal(0, after.Version);
        Assert.Contains("Note added.", shown, StringComparison.Ordinal);
        Assert.Contains($"{shop.OwnerEmail} · <time", shown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Write the note first.")]
    [InlineData("   \n ", "Write the note first.")]
    [InlineData(null, "Keep the note to 2,000 characters; this one has 2,001.")]
    public async Task A_note_that_is_empty_or_too_long_is_refused_inline(string? text, string message)
    {
        var shop = await app.CreateShopAsync();
        var order = await TestOrders.AddAsync(app, shop);
        var owner = await shop.OwnerClientAsync();
        var page = await owner.GetStringAsync($"admin/orders/{order.Id}");

        var response = await TestOrders.PostAsync(owner, order.Id, "Note", page, ("Note.Text", text ?? new string('n', OrderNote.MaxTextLength + 1)));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The note was not added.", html, StringComparison.Ordinal);
        Assert.Contains($"<span id=\"Note_Text-error\" class=\"field-error\">{message}</span>", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"note-hint Note_Text-error\"", html, StringComparison.Ordinal);
        Assert.Empty((await TestOrders.ReadAsync(app, shop, order.Id)).Notes);
    }

    private static async Task<HttpResponseMessage> MoveAsync(HttpClient client, Guid orderId, string to)
    {
        var page = await client.GetStringAsync($"admin/orders/{orderId}");
        return await TestOrders.PostAsync(client, orderId, "Fulfillment", page, ("version", TestOrders.Hidden(page, "version")), ("to", to));
    }
}
