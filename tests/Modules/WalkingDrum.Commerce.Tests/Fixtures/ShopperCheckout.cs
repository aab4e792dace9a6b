using System.Net;
using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Core.Money;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Commerce.Tests.Fixtures;

/// <summary>Drives the storefront checkout as its form does, and sets up what it reads.</summary>
public static class ShopperCheckout
{
    /// <summary>A complete form for a French address; override fields with <paramref name="changes"/>.</summary>
    public static Dictionary<string, string> Form(params (string Name, string Value)[] changes)
    {
        var form = new Dictionary<string, string>
        {
            ["email"] = "ada@example.com",
            ["name"] = "Ada Lovelace",
            ["line1"] = "12 rue de la Paix",
            ["line2"] = "",
            ["city"] = "Paris",
            ["region"] = "",
            ["postal_code"] = "75002",
            ["country"] = "FR",
        };
        foreach (var (name, value) in changes)
        {
            form[name] = value;
        }

        return form;
    }

    /// <summary>Posts the checkout form with the page's anti-forgery token.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, Dictionary<string, string> form)
    {
        var page = await client.GetAsync("checkout");
        var html = await page.Content.ReadAsStringAsync();
        var token = Forms.TokenIn(html) ?? throw new InvalidOperationException($"The checkout page ({(int)page.StatusCode}) has no token: {html}");
        var fields = form.Append(new(Forms.TokenField, token));
        return await client.PostAsync("checkout", new FormUrlEncodedContent(fields));
    }

    /// <summary>Submits the form and returns the hosted payment page it redirects to.</summary>
    public static async Task<Uri> StartPaymentAsync(HttpClient client, Dictionary<string, string> form)
    {
        using var response = await SubmitAsync(client, form);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Checkout answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return response.Headers.Location!;
    }

    /// <summary>Pays the hosted page with a card and returns where the sandbox sends the shopper back.</summary>
    public static async Task<Uri> PayAsync(Uri paymentPage, string card = SandboxCards.Visa)
    {
        using var paid = await SandboxCards.PayAsync(paymentPage, card);
        Assert.True(paid.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther, $"The payment page answered {(int)paid.StatusCode}: {await paid.Content.ReadAsStringAsync()}");
        return paid.Headers.Location!;
    }

    /// <summary>Replaces the shop's shipping and tax rates (EUR).</summary>
    public static Task SetRatesAsync(WalkingDrumApp app, TestShop shop, IEnumerable<ShippingRate> rates, IEnumerable<TaxRate> taxes) =>
        app.InShopAsync(shop.Tenant, async db =>
        {
            await db.Set<ShippingRate>().ExecuteDeleteAsync();
            await db.Set<TaxRate>().ExecuteDeleteAsync();
            db.AddRange(rates);
            db.AddRange(taxes);
            return await db.SaveChangesAsync();
        });

    /// <summary>Standard (5.00, free from 60.00) to France and Germany, VAT 20 % in France including shipping.</summary>
    public static Task SetEuropeanRatesAsync(WalkingDrumApp app, TestShop shop) =>
        SetRatesAsync(app, shop,
            [new ShippingRate { Name = "Standard", Countries = "FR,DE", Price = new Amount(500, "EUR"), FreeOver = new Amount(6000, "EUR") }],
            [new TaxRate { CountryCode = "FR", Name = "VAT", BasisPoints = 2000, AppliesToShipping = true }]);

    /// <summary>Every order of the shop with its lines, notes and refunds.</summary>
    public static Task<List<Order>> OrdersAsync(WalkingDrumApp app, TestShop shop) =>
        app.InShopAsync(shop.Tenant, db => db.Set<Order>().AsNoTracking().Include(o => o.Lines).Include(o => o.Notes).AsSplitQuery().ToListAsync());

    /// <summary>What is left in stock of one variant.</summary>
    public static Task<int> StockAsync(WalkingDrumApp app, TestShop shop, Guid variantId) =>
        app.InShopAsync(shop.Tenant, db => db.Set<ProductVariant>().Where(v => v.Id == variantId).Select(v => v.Stock).SingleAsync());

    /// <summary>Waits (up to 15 s) until the shop has <paramref name="count"/> orders.</summary>
    public static async Task<List<Order>> WaitForOrdersAsync(WalkingDrumApp app, TestShop shop, int count = 1)
    {
        for (var i = 0; i < 150; i++)
        {
            var orders = await OrdersAsync(app, shop);
            if (orders.Count >= count)
            {
                return orders;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"{shop.Name} never had {count} orders.");
    }
}
