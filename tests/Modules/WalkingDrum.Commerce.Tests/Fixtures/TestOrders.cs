using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Core.Payments;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Commerce.Tests.Fixtures;

/// <summary>Orders written straight to the database, as the checkout records them, and paid ones backed by the sandbox.</summary>
public static class TestOrders
{
    public const string ShopperEmail = "ada@example.com";

    /// <summary>
    /// Adds an order of two bags of Kenya AA at 18.00 plus 5.00 shipping (41.00 in the test shop's
    /// euros), numbered after the shop's last order; <paramref name="shape"/> changes it before it is saved.
    /// </summary>
    public static async Task<Order> AddAsync(WalkingDrumApp app, TestShop shop, Action<Order>? shape = null) =>
        (await AddManyAsync(app, shop, 1, (_, order) => shape?.Invoke(order)))[0];

    /// <summary>Adds <paramref name="count"/> orders in one save; <paramref name="shape"/> gets each one's index.</summary>
    public static Task<List<Order>> AddManyAsync(WalkingDrumApp app, TestShop shop, int count, Action<int, Order> shape) =>
        app.InShopAsync(shop.Tenant, async db =>
        {
            var next = (await db.Set<Order>().MaxAsync(o => (long?)o.Number) ?? 1000) + 1;
            var orders = new List<Order>();
            for (var i = 0; i < count; i++)
            {
                var order = New(next + i);
                shape(i, order);
                orders.Add(order);
            }

            db.AddRange(orders);
            await db.SaveChangesAsync();
            return orders;
        });

    /// <summary>
    /// Opens a sandbox checkout for 41.00 EUR, pays it with 4242 on the hosted page and records the
    /// matching test order, so refunds reach a real payment.
    /// </summary>
    public static async Task<Order> AddPaidAsync(WalkingDrumApp app, TestShop shop)
    {
        var reference = Guid.NewGuid().ToString("N");
        var session = await SandboxShopper.StartAsync(app, shop, SandboxShopper.Request(shop, reference, "checkout-" + reference, "EUR"));
        using (var paid = await SandboxCards.PayAsync(session.Url, "4242424242424242"))
        {
            Assert.Equal(HttpStatusCode.SeeOther, paid.StatusCode);
        }

        var completion = await SandboxShopper.AsStorefrontRequestAsync(app, shop, services =>
            services.GetRequiredService<IHostedCheckout>().FindCompletionAsync(session.SessionId, CancellationToken.None));
        Assert.NotNull(completion);
        Assert.Equal(SandboxShopper.RequestTotalMinor, completion.AmountPaid.MinorUnits);
        return await AddAsync(app, shop, order =>
        {
            order.CheckoutSessionId = session.SessionId;
            order.PaymentId = completion.PaymentId;
            order.Email = completion.CustomerEmail;
            order.IsTest = completion.IsTest;
        });
    }

    public static Task<Order> ReadAsync(WalkingDrumApp app, TestShop shop, Guid orderId) =>
        app.InShopAsync(shop.Tenant, db => db.Set<Order>().AsNoTracking()
            .Include(o => o.Lines).Include(o => o.Notes).Include(o => o.Refunds).AsSplitQuery()
            .SingleAsync(o => o.Id == orderId));

    /// <summary>The value of the hidden field <paramref name="name"/> on a rendered order page.</summary>
    public static string Hidden(string html, string name)
    {
        var match = Regex.Match(html, $"<input type=\"hidden\" name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"");
        Assert.True(match.Success, $"No hidden {name} on the page.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>Posts one of the order page's forms with the given page's token, as a browser would.</summary>
    public static Task<HttpResponseMessage> PostAsync(HttpClient client, Guid orderId, string handler, string pageHtml, params (string Name, string Value)[] fields)
    {
        var token = Forms.TokenIn(pageHtml) ?? throw new InvalidOperationException("The order page has no anti-forgery token.");
        var content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new(Forms.TokenField, token)));
        return client.PostAsync($"admin/orders/{orderId}?handler={handler}", content);
    }

    /// <summary>Opens the order page and posts its refund form with <paramref name="amount"/>.</summary>
    public static async Task<HttpResponseMessage> RefundAsync(HttpClient client, Guid orderId, string amount, string reason = "")
    {
        var html = await client.GetStringAsync($"admin/orders/{orderId}");
        return await PostAsync(client, orderId, "Refund", html, RefundFields(html, amount, reason));
    }

    /// <summary>The refund form's fields as the page rendered them, with the merchant's amount and reason.</summary>
    public static (string Name, string Value)[] RefundFields(string html, string amount, string reason = "") =>
    [
        ("Refund.RequestId", Hidden(html, "Refund.RequestId")), ("Refund.RefundedBefore", Hidden(html, "Refund.RefundedBefore")),
        ("Refund.Amount", amount), ("Refund.Reason", reason),
    ];

    private static Order New(long number)
    {
        var now = DateTimeOffset.UtcNow;
        var order = new Order
        {
            Number = number,
            CheckoutSessionId = "cs_test_" + Guid.NewGuid().ToString("N"),
            PaymentId = "pi_test_" + Guid.NewGuid().ToString("N"),
            Email = ShopperEmail,
            PaymentStatus = OrderPaymentStatus.Paid,
            FulfillmentStatus = OrderFulfillmentStatus.Unfulfilled,
            Currency = "EUR",
            SubtotalMinor = 3600,
            ShippingMinor = 500,
            TotalMinor = 4100,
            ShippingMethod = "Standard",
            PlacedAt = now,
            UpdatedAt = now,
            ShippingAddress = new PostalAddress("Ada Lovelace", "12 Analytical Street", "", "London", "", "N1 7GU", "GB"),
        };
        order.Lines.Add(new OrderLine
        {
            Position = 0, VariantId = Guid.NewGuid(), ProductId = Guid.NewGuid(), Title = "Kenya AA — 250 g", Sku = "KEN-250",
            Quantity = 2, UnitPriceMinor = 1800, LineTotalMinor = 3600, Currency = "EUR",
        });
        return order;
    }
}
